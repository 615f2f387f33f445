#include "termscanner.h"

#include "text/matchingkey.h"

#include <algorithm>
#include <vector>

namespace Rapporteur::ReferenceData {

namespace {

bool isAsciiAlnum(QChar c)
{
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

bool isAsciiLetter(QChar c)
{
    return c.unicode() < 0x80 && c.isLetter();
}

} // namespace

TermScanner::TermScanner(const TermDictionary &dictionary, const Filter &include)
{
    const QList<DictionaryEntry> &entries = dictionary.entries();
    for (qsizetype index = 0; index < entries.size(); ++index) {
        const DictionaryEntry &e = entries[index];
        if (include && !include(e))
            continue;
        QStringList names{e.nameZh, e.nameEn};
        names += e.aliases;
        for (const QString &name : std::as_const(names)) {
            const QString folded = Text::foldWidth(name);
            Pattern p;
            p.entry = index;
            QList<bool> spaceBefore;
            bool space = false;
            for (QChar c : folded) {
                if (c.isSpace()) {
                    space = !p.key.isEmpty();
                    continue;
                }
                p.key.append(c);
                spaceBefore.append(space);
                space = false;
            }
            if (p.key.isEmpty())
                continue;
            const bool latin = std::any_of(p.key.cbegin(), p.key.cend(), isAsciiLetter);
            const bool lower =
                std::any_of(p.key.cbegin(), p.key.cend(), [](QChar c) { return c.isLower(); });
            const bool acronym = latin && !lower && !spaceBefore.contains(true);
            p.caseSensitive = !latin || acronym;
            if (!p.caseSensitive)
                p.key = p.key.toLower();
            if (latin)
                p.spaceBefore = spaceBefore;
            m_firsts.set(p.key.front().unicode());
            m_byFirst[p.key.front()].append(p);
        }
    }
    for (auto &list : m_byFirst) {
        std::stable_sort(list.begin(), list.end(), [](const Pattern &a, const Pattern &b) {
            return a.key.size() > b.key.size();
        });
    }
}

QList<TermMatch> TermScanner::scan(QStringView text) const
{
    const QString folded = Text::foldWidth(text);
    // The text without white space, in both cases, and where each of its characters stood.
    // Written into buffers sized once: every import scans every paragraph and footnote, and
    // ASCII and Han (nearly all of a text) are classified without Qt's Unicode tables.
    QString compact(folded.size(), Qt::Uninitialized);
    QString lower(folded.size(), Qt::Uninitialized);
    std::vector<qsizetype> origin(static_cast<size_t>(folded.size()));
    QChar *compactOut = compact.data();
    QChar *lowerOut = lower.data();
    qsizetype kept = 0;
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded[i];
        const char16_t u = c.unicode();
        QChar lowered = c;
        if (u < 0x80) {
            if (u == u' ' || (u >= u'\t' && u <= u'\r'))
                continue;
            if (u >= u'A' && u <= u'Z')
                lowered = QChar(static_cast<char16_t>(u - u'A' + u'a'));
        } else if (u < 0x4E00 || u > 0x9FFF) {
            if (c.isSpace())
                continue;
            lowered = c.toLower();
        }
        compactOut[kept] = c;
        lowerOut[kept] = lowered;
        origin[static_cast<size_t>(kept)] = i;
        ++kept;
    }
    compact.truncate(kept);
    lower.truncate(kept);
    const auto at = [&](qsizetype i) { return origin[static_cast<size_t>(i)]; };

    // A Latin name must not continue a word of the text, on either side, and must be spaced as
    // the name is. i is where the match starts in compact.
    const auto standsAlone = [&](const Pattern &p, qsizetype i) {
        const qsizetype from = at(i);
        const qsizetype to = at(i + p.key.size() - 1) + 1;
        if (isAsciiAlnum(p.key.front()) && from > 0 && isAsciiAlnum(folded[from - 1]))
            return false;
        if (isAsciiAlnum(p.key.back()) && to < folded.size() && isAsciiAlnum(folded[to]))
            return false;
        for (qsizetype k = 1; k < p.spaceBefore.size(); ++k) {
            if ((at(i + k) - at(i + k - 1) > 1) != p.spaceBefore[k])
                return false;
        }
        return true;
    };

    QList<TermMatch> matches;
    for (qsizetype i = 0; i < compact.size();) {
        const Pattern *best = nullptr;
        // Case-sensitive names are filed under their first character as written, the others
        // under its lower case: both buckets may hold a candidate.
        const QChar firsts[] = {compact[i], lower[i]};
        for (qsizetype f = 0; f < (compact[i] == lower[i] ? 1 : 2); ++f) {
            if (!m_firsts.test(firsts[f].unicode()))
                continue;
            const auto bucket = m_byFirst.constFind(firsts[f]);
            if (bucket == m_byFirst.cend())
                continue;
            for (const Pattern &p : *bucket) {
                const qsizetype n = p.key.size();
                if (best && n <= best->key.size())
                    break; // the rest of the bucket is no longer
                if (i + n > compact.size())
                    continue;
                const QString &source = p.caseSensitive ? compact : lower;
                if (QStringView(source).mid(i, n) != p.key)
                    continue;
                if (!standsAlone(p, i))
                    continue;
                best = &p;
                break;
            }
        }
        if (!best) {
            ++i;
            continue;
        }
        const qsizetype n = best->key.size();
        matches.append({best->entry, at(i), at(i + n - 1) + 1 - at(i)});
        i += n;
    }
    return matches;
}

} // namespace Rapporteur::ReferenceData
