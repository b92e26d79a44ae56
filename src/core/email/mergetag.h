#pragma once

#include <QByteArrayView>
#include <QString>

namespace galley {

// A mailing service's merge tag: text the service replaces per subscriber when it sends, such as
// Mailchimp's `*|UNSUB|*`, listmonk's and Buttondown's `{{ UnsubscribeURL }}`, Sendy's
// `[unsubscribe]` or `%unsubscribe%`. Each family is one delimiter pair around a plain name, so a
// merge tag can never carry a scheme, a quote or markup.
enum class MergeTagSyntax { None, Pipes, Braces, Brackets, Percents };

// The family of `text` when the whole of it is one merge tag; None otherwise.
MergeTagSyntax mergeTagSyntax(const QString &text);

// True when `text` starts like a merge tag of some family: a cheap test before mergeTagSyntax,
// for callers that see mostly ordinary URLs (the email renderer, on every link).
bool opensLikeMergeTag(QByteArrayView text);

// The name inside a merge tag (`UnsubscribeURL` for `{{ UnsubscribeURL }}`); empty for None.
QString mergeTagName(const QString &text);

// True when `value` may stand in a footer link's href: a merge tag, or an http(s) or mailto URL.
// Anything else (javascript:, data:, a bare word) is refused in Preferences and never written
// into an href.
bool isAcceptableMergeTagValue(const QString &value);

} // namespace galley
