#include "sentences.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <memory>

namespace Rapporteur::Text {

namespace {
// Creating a break iterator loads rules and costs far more than using one, so each thread keeps
// its own (ICU iterators are not thread-safe).
icu::BreakIterator *threadSentenceIterator()
{
    thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(
            icu::BreakIterator::createSentenceInstance(icu::Locale::getChinese(), status));
        return U_SUCCESS(status) ? std::move(it) : nullptr;
    }();
    return iterator.get();
}
icu::BreakIterator *threadLineIterator()
{
    thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(
            icu::BreakIterator::createLineInstance(icu::Locale::getChinese(), status));
        return U_SUCCESS(status) ? std::move(it) : nullptr;
    }();
    return iterator.get();
}
} // namespace

qsizetype firstLineBreak(QStringView text)
{
    icu::BreakIterator *it = threadLineIterator();
    if (!it || text.isEmpty())
        return text.size();
    const icu::UnicodeString alias(false, reinterpret_cast<const UChar *>(text.utf16()),
                                   static_cast<int32_t>(text.size()));
    it->setText(alias);
    const int32_t first = it->following(0);
    it->setText(icu::UnicodeString());
    return first == icu::BreakIterator::DONE ? text.size() : first;
}

QList<int> sentenceEnds(const QString &text)
{
    QList<int> ends;
    if (text.isEmpty())
        return ends;
    icu::BreakIterator *it = threadSentenceIterator();
    if (!it) {
        ends.append(static_cast<int>(text.size()));
        return ends;
    }
    // QString is UTF-16 like icu::UnicodeString; alias it read-only instead of copying.
    const icu::UnicodeString alias(false, reinterpret_cast<const UChar *>(text.utf16()),
                                   static_cast<int32_t>(text.size()));
    it->setText(alias);
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; end = it->next())
        ends.append(end);
    // Do not leave the iterator pointing into a string that is about to go away.
    it->setText(icu::UnicodeString());
    return ends;
}

} // namespace Rapporteur::Text
