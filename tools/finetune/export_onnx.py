"""Export $FT_DIR/final.pt to $FT_DIR/classifier.onnx (opset 14, dynamic batch/seq) and write a check file
(check_inputs.tsv: token ids + PyTorch logits) for OnnxCheck.java."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import torch
from common import *
torch.set_num_threads(2)
m = Classifier()
m.load_state_dict(torch.load(FT + '/final.pt'))
m.eval()
tok = WordPiece()
sents = [l.rstrip('\n') for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sentences.txt')) if l.strip()]
ids, mask, tt = batchify([tok.encode(s) for s in sents])
torch.onnx.export(m, (ids, mask, tt), FT + '/classifier.onnx', opset_version=14,
                  input_names=['input_ids', 'attention_mask', 'token_type_ids'], output_names=['logits'],
                  dynamic_axes={'input_ids': {0: 'batch', 1: 'seq'}, 'attention_mask': {0: 'batch', 1: 'seq'},
                                'token_type_ids': {0: 'batch', 1: 'seq'}, 'logits': {0: 'batch'}})
# check on a different batch size / sequence length than the export dummy (dynamic axes)
ids, mask, tt = batchify([tok.encode(s) for s in sents[:2]])
with torch.no_grad():
    lg = m(ids, mask, tt)
with open(FT + '/check_inputs.tsv', 'w') as f:
    for i in range(ids.shape[0]):
        f.write(' '.join(str(int(x)) for x in ids[i]) + '\t' + ' '.join(str(int(x)) for x in mask[i]) + '\t'
                + ' '.join(f'{float(x):.6f}' for x in lg[i]) + '\n')
print('size bytes', os.path.getsize(FT + '/classifier.onnx'))
print('pytorch logits', lg.numpy())
