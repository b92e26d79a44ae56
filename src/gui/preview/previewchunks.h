#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>

namespace galley::gui {

// The rendered email cut into the part around the body's blocks (the skeleton) and the blocks
// themselves (chunks), so the preview page can replace only the blocks that changed instead of
// parsing and comparing the whole document per keystroke. Concatenated, prefix + chunks + suffix
// are the export's exact bytes.
//
// A cut is only made where the HTML parser is back in the state it had at the container's start
// (every element opened since is closed, properly nested), so parsing one chunk on its own gives
// the same nodes as parsing the whole document. When the document cannot be cut that way (raw
// HTML left a tag open, say), `split` is false and the page gets the whole document each time.
struct PreviewChunks
{
    bool split = false;
    QString prefix; // everything before the first chunk (the whole document when !split)
    QString suffix; // everything after the last chunk
    QStringList chunks; // each starts with a start tag; trailing text belongs to it
    QStringList keys; // the chunks with data-sourcepos lines counted from baseLines[i]
    QList<int> baseLines; // the first data-sourcepos line in each chunk; 0 when it has none

    // The page's skeleton: prefix and suffix around an empty slot element that marks where the
    // chunks go.
    QString skeleton() const;
};

// Splits an email HTML document rendered with source positions (see the struct).
PreviewChunks splitPreviewHtml(const QString &html);

// The page update that turns `base` (what the page shows; null: nothing usable) into `next`:
// a "full" update with the skeleton and every chunk, or a "patch" that replaces one run of
// chunks, shifts the line numbers of the blocks that moved and sends the skeleton only when it
// changed. The map holds: kind ("full"/"patch"); for full: skeleton, chunks; for patch: start,
// remove, insert (list of chunks), shifts (list of [from, count, delta] in the new numbering),
// skeleton (only when changed). Chunks are compared whole, never by hash alone.
QVariantMap previewUpdate(const PreviewChunks *base, const PreviewChunks &next);

// The slot element's id in the skeleton.
inline constexpr char16_t previewSlotId[] = u"galley-preview-slot";

} // namespace galley::gui
