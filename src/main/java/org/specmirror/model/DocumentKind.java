package org.specmirror.model;

/** Whether a document states requirements (a standard) or claims features (a datasheet). */
public enum DocumentKind {
  STANDARD,
  DATASHEET
}
