#include "pinyin.h"

#include "charclass.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

namespace Rapporteur::Text {

namespace {

// A transliterator is not safe to share between threads, and costly to build: one per thread.
icu::Transliterator *hanToAscii()
{
    thread_local const std::unique_ptr<icu::Transliterator> transliterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
            "Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(made) : nullptr;
    }();
    return transliterator.get();
}

} // namespace

QStringList pinyinSyllables(const QString &text)
{
    icu::Transliterator *transliterator = hanToAscii();
    if (!transliterator || text.isEmpty())
        return {};
    icu::UnicodeString buffer(reinterpret_cast<const UChar *>(text.utf16()),
                              static_cast<int32_t>(text.size()));
    transliterator->transliterate(buffer);
    const QString latin(reinterpret_cast<const QChar *>(buffer.getBuffer()), buffer.length());
    return latin.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString pinyinSearchKey(const QString &text)
{
    const bool hasHan =
        std::any_of(text.cbegin(), text.cend(), [](QChar c) { return isIdeograph(c.unicode()); });
    if (!hasHan)
        return {};
    const QStringList syllables = pinyinSyllables(text);
    QString initials;
    for (const QString &syllable : syllables)
        initials += syllable.front();
    return syllables.join(QString()) + QLatin1Char(' ') + initials;
}

} // namespace Rapporteur::Text
