#include "searchtokens.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <optional>

namespace Rapporteur::Search {

namespace {

enum class CharClass
{
    Separator,
    Ngram,
    Word,
    Ignorable, // default-ignorable (soft hyphen, zero-width space, variation selector): NFKC
               // with case folding drops them, so they neither end a run nor make a token
};

// The CJK unified ideographs and extension A: nearly all of a Chinese text, and characters that
// NFKC with case folding leaves unchanged, so they need no ICU call.
bool isUnifiedIdeograph(UChar32 c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

CharClass classify(UChar32 c)
{
    if (c < 0)
        return CharClass::Separator; // a byte that is not UTF-8
    if (c < 0x80) {
        const bool alnum =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        return alnum ? CharClass::Word : CharClass::Separator;
    }
    if (isUnifiedIdeograph(c))
        return CharClass::Ngram;
    if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT))
        return CharClass::Ignorable;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    const bool letterOrNumber = (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK)) != 0;
    if (U_SUCCESS(status) && letterOrNumber &&
        (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA))
        return CharClass::Ngram;
    if ((U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK | U_GC_M_MASK)) != 0)
        return CharClass::Word;
    return CharClass::Separator;
}

bool isAscii(std::string_view s)
{
    for (const char ch : s) {
        if (static_cast<unsigned char>(ch) >= 0x80)
            return false;
    }
    return true;
}

// Whether a folded key still holds anything beyond ASCII (where an accent may sit).
bool hasNonAscii(const std::string &s)
{
    return !isAscii(std::string_view(s));
}

// Drops the combining diacritical marks (U+0300–U+036F) of a key after NFD: "côte" is "cote",
// as Text::matchingKey treats names, because writers and keyboards leave accents out. Other
// marks (the kana voicing marks, Indic vowel signs) are letters' own and stay.
void dropLatinAccents(std::string &key)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status))
        return;
    std::string decomposed;
    icu::StringByteSink<std::string> sink(&decomposed);
    nfd->normalizeUTF8(0, icu::StringPiece(key.data(), static_cast<int32_t>(key.size())), sink,
                       nullptr, status);
    if (U_FAILURE(status))
        return;
    std::string out;
    out.reserve(decomposed.size());
    const auto length = static_cast<int32_t>(decomposed.size());
    const auto *bytes = reinterpret_cast<const uint8_t *>(decomposed.data());
    for (int32_t i = 0; i < length;) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c >= 0x0300 && c <= 0x036F)
            continue;
        out.append(decomposed, static_cast<size_t>(start), static_cast<size_t>(i - start));
    }
    key.swap(out);
}

// NFKC with case folding and Latin accents left out, as Text::matchingKey applies them to names
// (which also drops white space; a token holds none).
void foldInto(std::string_view utf8, std::string &out)
{
    out.clear();
    if (isAscii(utf8)) {
        out.reserve(utf8.size());
        for (const char ch : utf8)
            out.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch);
        return;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfkcCf = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_SUCCESS(status)) {
        icu::StringByteSink<std::string> sink(&out);
        nfkcCf->normalizeUTF8(0, icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())),
                              sink, nullptr, status);
    }
    if (U_FAILURE(status)) {
        out.assign(utf8); // only on an ICU data failure; the key is then the text as written
        return;
    }
    if (hasNonAscii(out))
        dropLatinAccents(out);
}

struct NgramChar
{
    std::string key;
    int start = 0;
    int end = 0;
};

// Walks the text once and hands each token to the sink, holding the state of the current run.
// A template on the sink, so that the index's path (a plain callback, every token of every
// paragraph an import writes) calls it directly rather than through std::function.
template <typename Sink> class Tokenizer
{
public:
    Tokenizer(std::string_view text, TokenizeMode mode, const Sink &sink)
        : m_text(text), m_mode(mode), m_sink(sink)
    {
    }

    bool run()
    {
        const auto length = static_cast<int32_t>(m_text.size());
        const auto *bytes = reinterpret_cast<const uint8_t *>(m_text.data());
        int32_t i = 0;
        while (i < length && m_ok) {
            const int32_t start = i;
            UChar32 c = 0;
            U8_NEXT(bytes, i, length, c);
            switch (classify(c)) {
            case CharClass::Ngram:
                endWord();
                ngramChar(start, i, c);
                break;
            case CharClass::Word:
                endNgramRun();
                if (!m_wordStart)
                    m_wordStart = start;
                m_wordEnd = i;
                break;
            case CharClass::Ignorable:
                break; // inside a word it is dropped by folding; inside a run it is skipped
            case CharClass::Separator:
                endWord();
                endNgramRun();
                break;
            }
        }
        endWord();
        endNgramRun();
        return m_ok; // a query's pending unigram at the very end is dropped on purpose
    }

private:
    bool emitToken(std::string_view key, int start, int end, bool colocated)
    {
        if (m_ok && !key.empty())
            m_ok = m_sink(SearchToken{key, start, end, colocated});
        return m_ok;
    }

    // A token that follows a query run of two or more characters: the run's last unigram first.
    bool emitNew(std::string_view key, int start, int end)
    {
        if (m_pending) {
            const NgramChar pending = std::move(*m_pending);
            m_pending.reset();
            emitToken(pending.key, pending.start, pending.end, false);
        }
        return emitToken(key, start, end, false);
    }

    void ngramChar(int32_t start, int32_t end, UChar32 c)
    {
        NgramChar current;
        current.start = start;
        current.end = end;
        const std::string_view written = m_text.substr(start, end - start);
        if (isUnifiedIdeograph(c))
            current.key.assign(written); // NFKC and case folding leave them as they are
        else
            foldInto(written, current.key);
        if (current.key.empty())
            return;
        if (m_runLength > 0) {
            m_scratch = m_previous.key;
            m_scratch += current.key;
            emitNew(m_scratch, m_previous.start, end);
            if (m_mode == TokenizeMode::Document)
                emitToken(m_previous.key, m_previous.start, m_previous.end, true);
        }
        m_previous = std::move(current);
        ++m_runLength;
    }

    void endNgramRun()
    {
        if (m_runLength == 0)
            return;
        if (m_mode == TokenizeMode::Document || m_runLength == 1)
            emitNew(m_previous.key, m_previous.start, m_previous.end);
        else
            m_pending = m_previous;
        m_runLength = 0;
    }

    void endWord()
    {
        if (!m_wordStart)
            return;
        foldInto(m_text.substr(*m_wordStart, m_wordEnd - *m_wordStart), m_scratch);
        emitNew(m_scratch, *m_wordStart, m_wordEnd);
        m_wordStart.reset();
    }

    std::string_view m_text;
    TokenizeMode m_mode;
    const Sink &m_sink;
    bool m_ok = true;
    std::optional<int32_t> m_wordStart;
    int32_t m_wordEnd = 0;
    int m_runLength = 0;
    NgramChar m_previous;
    std::optional<NgramChar> m_pending;
    std::string m_scratch;
};

} // namespace

bool tokenize(std::string_view utf8, TokenizeMode mode,
              const std::function<bool(const SearchToken &)> &sink)
{
    return Tokenizer(utf8, mode, sink).run();
}

bool tokenize(std::string_view utf8, TokenizeMode mode, TokenCallback sink, void *context)
{
    const auto call = [sink, context](const SearchToken &token) { return sink(context, token); };
    return Tokenizer(utf8, mode, call).run();
}

bool hasSearchTokens(std::string_view utf8)
{
    bool found = false;
    tokenize(utf8, TokenizeMode::Query, [&](const SearchToken &) {
        found = true;
        return false;
    });
    return found;
}

bool hasNgramCharacters(std::string_view utf8)
{
    const auto length = static_cast<int32_t>(utf8.size());
    const auto *bytes = reinterpret_cast<const uint8_t *>(utf8.data());
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (classify(c) == CharClass::Ngram)
            return true;
    }
    return false;
}

} // namespace Rapporteur::Search
