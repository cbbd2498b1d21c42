/**
 * Who an upload is for, as written into the tus upload's owner metadata: a signed-in user, or the
 * primary physician's one-time link. Opaque to the upload engine; parsed only here.
 */
export type Uploader = { kind: 'user'; userId: string } | { kind: 'physician'; linkId: string };

export function uploaderOwnerId(uploader: Uploader): string {
  return uploader.kind === 'user' ? `user:${uploader.userId}` : `physician:${uploader.linkId}`;
}

export function uploaderOf(ownerId: string): Uploader {
  const [kind, id] = ownerId.split(':', 2);
  if (kind === 'user' && id) return { kind: 'user', userId: id };
  if (kind === 'physician' && id) return { kind: 'physician', linkId: id };
  throw new Error('upload owner of an unknown kind');
}
