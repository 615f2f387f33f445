#include "pinyin.h"

#include "charclass.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <mutex>

namespace Rapporteur::Text {

namespace {

// Building ICU's Han-Latin transliterator takes some 80 ms, so there is one for the program, built
// on first use (preparePinyin() lets a worker thread pay for it) and used under a lock, since ICU
// does not promise that one instance can transliterate on two threads at once.
struct SharedTransliterator
{
    SharedTransliterator()
    {
        UErrorCode status = U_ZERO_ERROR;
        transliterator.reset(icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower",
                                                                 UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            transliterator.reset();
    }

    std::mutex lock;
    std::unique_ptr<icu::Transliterator> transliterator;
};

SharedTransliterator &hanToAscii()
{
    static SharedTransliterator shared; // built once, thread-safely, by the first caller
    return shared;
}

} // namespace

void preparePinyin()
{
    hanToAscii();
}

QStringList pinyinSyllables(const QString &text)
{
    SharedTransliterator &shared = hanToAscii();
    if (!shared.transliterator || text.isEmpty())
        return {};
    icu::UnicodeString buffer(reinterpret_cast<const UChar *>(text.utf16()),
                              static_cast<int32_t>(text.size()));
    {
        const std::lock_guard guard(shared.lock);
        shared.transliterator->transliterate(buffer);
    }
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
