#include "snippet.h"

#include <algorithm>

namespace Rapporteur::Search {

namespace {

// Moves a UTF-16 index by `count` code points (negative: backwards), within the text.
qsizetype stepCodePoints(const QString &text, qsizetype at, int count)
{
    while (count > 0 && at < text.size()) {
        at += (text[at].isHighSurrogate() && at + 1 < text.size()) ? 2 : 1;
        --count;
    }
    while (count < 0 && at > 0) {
        at -= (text[at - 1].isLowSurrogate() && at >= 2) ? 2 : 1;
        ++count;
    }
    return at;
}

} // namespace

QString makeSnippet(const QString &text, const QList<TextMatch> &matches, int context)
{
    const qsizetype anchorStart = matches.isEmpty() ? 0 : matches.first().start;
    const qsizetype anchorEnd = matches.isEmpty() ? 0 : matches.first().end;
    const qsizetype from = matches.isEmpty() ? 0 : stepCodePoints(text, anchorStart, -context);
    qsizetype to = stepCodePoints(text, anchorEnd, matches.isEmpty() ? 2 * context : context);
    for (const TextMatch &m : matches) {
        if (m.start < to)
            to = std::max(to, m.end);
    }

    QString out;
    if (from > 0)
        out += u'…';
    qsizetype at = from;
    for (const TextMatch &m : matches) {
        if (m.start >= to)
            break;
        if (m.end <= from)
            continue;
        out += QStringView(text).mid(at, m.start - at);
        out += kHitOpen;
        out += QStringView(text).mid(m.start, m.end - m.start);
        out += kHitClose;
        at = m.end;
    }
    out += QStringView(text).mid(at, to - at);
    if (to < text.size())
        out += u'…';
    return out;
}

} // namespace Rapporteur::Search
