import type { Entity } from './entity.js';
import type { Model } from './model.js';
import type { SourceFile } from '../parse/source-file.js';

/** The entity whose document holds this offset of a file (a suppression comment), if any. */
export function entityAt(model: Model, file: SourceFile, at: number): Entity | undefined {
  return model.entities.find(({ document }) => document.file === file && document.offset <= at && at < document.offset + document.positions.end);
}
