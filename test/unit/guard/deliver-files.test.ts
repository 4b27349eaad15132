// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { deliverFiles } from '../../../utils/guard/file-guard';

describe('deliverFiles', () => {
  it('puts files back into their input and fires input then change, as a real pick does', () => {
    const input = document.createElement('input');
    input.type = 'file';
    document.body.append(input);
    const seen: string[] = [];
    input.addEventListener('input', () => seen.push(`input:${input.files?.[0]?.name}`));
    input.addEventListener('change', () => seen.push(`change:${input.files?.length}`));
    deliverFiles({ input }, [new File(['a'], 'notes.txt')]);
    expect(seen).toEqual(['input:notes.txt', 'change:1']);
  });

  // Drops are checked end to end (chromium-files): happy-dom's DragEvent keeps neither dataTransfer nor coordinates.
  it('pastes the files again on the held event\'s target', () => {
    const target = document.createElement('div');
    document.body.append(target);
    const got: string[] = [];
    target.addEventListener('paste', (event) => got.push(`paste:${[...((event as ClipboardEvent).clipboardData?.files ?? [])].map((f) => f.name)}`));
    deliverFiles({ paste: target }, [new File(['x'], 'shot.png')]);
    expect(got).toEqual(['paste:shot.png']);
  });
});
