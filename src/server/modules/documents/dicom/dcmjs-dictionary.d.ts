// dcmjs ships no types. Its data dictionary is declared `unknown` and narrowed where it is read
// (dicom-dataset.ts), so nothing untyped leaks into our code.
declare module 'dcmjs/dictionary' {
  export const dictionary: unknown;
}
