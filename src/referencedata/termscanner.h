#pragma once

#include "termdictionary.h"

#include <QHash>
#include <QList>
#include <QStringView>

#include <bitset>
#include <functional>

namespace Rapporteur::ReferenceData {

// One name of a dictionary entry found in a text: UTF-16 offsets into the text as given.
struct TermMatch
{
    qsizetype entry = 0; // index into TermDictionary::entries()
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const TermMatch &) const = default;
};

// Finds the names and aliases of a chosen part of the dictionary in running text. Reading left to
// right, the longest name that starts at a position wins and the scan goes on after it, so
// "导弹及其技术控制制度" is one match and "关于常规武器和两用物品及技术出口控制的瓦森纳安排" is not
// also "瓦森纳安排". White space inside a name is ignored ("1925 年日内瓦议定书" across a line
// break); full-width forms count as ASCII. Latin names match whole words, spaced as the name is:
// acronyms ("WHO", "NPT") in capitals, other English names in any case.
class TermScanner final
{
public:
    using Filter = std::function<bool(const DictionaryEntry &)>;
    explicit TermScanner(const TermDictionary &dictionary, const Filter &include = {});

    QList<TermMatch> scan(QStringView text) const;

private:
    struct Pattern
    {
        QString key; // the name without white space; lower case unless caseSensitive
        qsizetype entry = 0;
        bool caseSensitive = true;
        // Latin names: where the name has white space between two characters of the key. The
        // text must have it there and only there ("australiagroup.net" is not the regime).
        QList<bool> spaceBefore;
    };
    QHash<QChar, QList<Pattern>> m_byFirst; // longest first within each list
    // Which characters start a name (m_byFirst's keys): most characters of a text start none, and
    // a bit test is far cheaper than the hash lookup it saves.
    std::bitset<0x10000> m_firsts;
};

} // namespace Rapporteur::ReferenceData
