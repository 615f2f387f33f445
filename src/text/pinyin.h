#pragma once

#include <QString>
#include <QStringList>

namespace Rapporteur::Text {

// Toneless pinyin of each Han character, by ICU's Han-Latin transliteration ("澳大利亚" →
// "ao", "da", "li", "ya"). Characters that are not Han pass through as ICU gives them. ICU reads
// each character alone, so a polyphone takes its most common reading; good enough for finding a
// name, not for a dictionary.
QStringList pinyinSyllables(const QString &text);

// Builds the transliterator the functions above use (tens of milliseconds, once per program):
// call it on a worker thread before the GUI thread first needs pinyin.
void preparePinyin();

// What a filter matches pinyin input against: the syllables run together and their initials
// ("aodaliya adly"), lower case. Empty when the text holds no Han character.
QString pinyinSearchKey(const QString &text);

} // namespace Rapporteur::Text
