#pragma once

#include <QByteArrayView>
#include <QString>

struct cmark_node;
struct cmark_mem;

namespace galley {

// Makes a parsed tree safe to render with raw HTML enabled:
// - inline and block raw HTML survives only when it is attribute-free tags from a short allowlist
//   (`<br>`, `<sup>`, `<b>`...: what newsletter archives rely on); everything else becomes text, so
//   the writer sees it escaped and nothing runs;
// - link and image URLs with a dangerous scheme are emptied, as cmark-gfm's safe mode does, and
// also
//   when the scheme hides behind whitespace or control characters that browsers strip.
// `mem` is the allocator the tree was parsed with (nullptr: cmark-gfm's default); the nodes it
// adds come from it too.
void sanitizeTree(cmark_node *root, cmark_mem *mem = nullptr);

// True for an inline tag such as `<br>`, `</sup>` or `<br />` from the allowlist, with no
// attributes.
bool isAllowedRawTag(QByteArrayView tag);

// Where a URL goes: a link's href, or an image's src (the one place a data: URL may stand).
enum class UrlUse { Link, ImageSource };
// True when a URL must never reach an href or src: javascript:, vbscript:, file:, and data:
// except a base64 png/gif/jpeg/webp image in an image's src; in any case and with whitespace or
// control characters mixed in.
bool isDangerousUrl(QByteArrayView url, UrlUse use = UrlUse::Link);

} // namespace galley
