// The index's tokens, written out by hand for short texts (UTF-8 byte offsets: a Han character is
// three bytes, a fullwidth Latin letter three, ASCII one), and checked on the whole sample corpus
// against Text::matchingKey, an implementation of the same key over QString.
#include "searchindex/searchtokens.h"

#include "testsupport.h"

#include "text/matchingkey.h"

#include <QFile>
#include <QStringList>

#include <gtest/gtest.h>

using namespace Rapporteur;
using Search::SearchToken;
using Search::TokenizeMode;

namespace {

// "key@start-end", colocated tokens with a leading "+".
QStringList tokens(const QString &text, TokenizeMode mode)
{
    QStringList out;
    const std::string utf8 = text.toStdString();
    Search::tokenize(utf8, mode, [&](const SearchToken &t) {
        out.append(QStringLiteral("%1%2@%3-%4")
                       .arg(t.colocated ? QStringLiteral("+") : QString(),
                            QString::fromUtf8(t.key.data(), static_cast<qsizetype>(t.key.size())))
                       .arg(t.start)
                       .arg(t.end));
        return true;
    });
    return out;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

QStringList doc(const QString &text)
{
    return tokens(text, TokenizeMode::Document);
}
QStringList query(const QString &text)
{
    return tokens(text, TokenizeMode::Query);
}

} // namespace

TEST(SearchTokens, HanRunGivesBigramsWithColocatedUnigramsAndItsLastCharacterAlone)
{
    EXPECT_EQ(doc(QStringLiteral("出口管制")), list({"出口@0-6", "+出@0-3", "口管@3-9", "+口@3-6",
                                                     "管制@6-12", "+管@6-9", "制@9-12"}));
    EXPECT_EQ(doc(QStringLiteral("国")), list({"国@0-3"}));
}

TEST(SearchTokens, QueryOfOneCharacterIsItsUnigramAndLongerOnesTheirBigrams)
{
    EXPECT_EQ(query(QStringLiteral("国")), list({"国@0-3"}));
    EXPECT_EQ(query(QStringLiteral("中国")), list({"中国@0-6"}));
    EXPECT_EQ(query(QStringLiteral("出口管制")), list({"出口@0-6", "口管@3-9", "管制@6-12"}));
}

TEST(SearchTokens, QueryRunFollowedByMoreKeepsItsLastUnigramForThePositions)
{
    // The document 出口，管制 holds 出口 | 口 | 管制 | 制 at positions 0..3: the query must too.
    EXPECT_EQ(query(QStringLiteral("出口，管制")), list({"出口@0-6", "口@3-6", "管制@9-15"}));
    EXPECT_EQ(query(QStringLiteral("中国 COVID")), list({"中国@0-6", "国@3-6", "covid@7-12"}));
}

TEST(SearchTokens, LatinWordsAreFoldedAndSplitAtHyphens)
{
    EXPECT_EQ(doc(QStringLiteral("COVID-19 大流行")),
              list({"covid@0-5", "19@6-8", "大流@9-15", "+大@9-12", "流行@12-18", "+流@12-15",
                    "行@15-18"}));
    EXPECT_EQ(query(QStringLiteral("covid-19")), list({"covid@0-5", "19@6-8"}));
    EXPECT_EQ(doc(QStringLiteral("2022年")), list({"2022@0-4", "年@4-7"}));
    EXPECT_EQ(doc(QStringLiteral("www.mtcr.info")), list({"www@0-3", "mtcr@4-8", "info@9-13"}));
}

TEST(SearchTokens, FullwidthAndCompatibilityFormsFoldToTheirNfkcKey)
{
    EXPECT_EQ(query(QStringLiteral("ＭＴＣＲ")), list({"mtcr@0-12"}));
    EXPECT_EQ(doc(QStringLiteral("（ＭＴＣＲ）")), list({"mtcr@3-15"}));
    // U+F9EC 溺 (a CJK compatibility ideograph) is the unified U+6EBA 溺 under NFKC.
    EXPECT_EQ(query(QString(QChar(0xF9EC))),
              QStringList{QString(QChar(0x6EBA)) + QStringLiteral("@0-3")});
}

// "cote" finds Côte d'Ivoire and "turkiye" Türkiye: Latin accents are left out of the keys, on
// both sides (the offsets still cover the word as written: ô is two bytes, ü two).
TEST(SearchTokens, LatinAccentsAreLeftOutOfTheKeys)
{
    EXPECT_EQ(doc(QStringLiteral("Côte d’Ivoire")), list({"cote@0-5", "d@6-7", "ivoire@10-16"}));
    EXPECT_EQ(query(QStringLiteral("cote")), list({"cote@0-4"}));
    EXPECT_EQ(doc(QStringLiteral("Türkiye")), list({"turkiye@0-8"}));
    // A precomposed letter and its decomposed spelling are one key.
    EXPECT_EQ(query(QStringLiteral("Coté")), list({"cote@0-6"}));
    // The kana voicing mark is part of its letter, not an accent.
    EXPECT_NE(query(QStringLiteral("が")), query(QStringLiteral("か")));
}

TEST(SearchTokens, DefaultIgnorablesNeitherSplitNorCount)
{
    // A soft hyphen inside a word and a zero-width space inside a Han run.
    EXPECT_EQ(doc(QStringLiteral("ex\u00ADport")), list({"export@0-8"}));
    EXPECT_EQ(query(QStringLiteral("中\u200B国")), list({"中国@0-9"}));
}

TEST(SearchTokens, PunctuationAloneHasNoTokens)
{
    for (const char *text : {"", "\"", "*", "(((", "，。、", "'); --", " \t"}) {
        EXPECT_FALSE(Search::hasSearchTokens(text)) << text;
        EXPECT_TRUE(doc(QString::fromUtf8(text)).isEmpty()) << text;
    }
    EXPECT_TRUE(Search::hasSearchTokens("a"));
    EXPECT_TRUE(Search::hasNgramCharacters("COVID-19疫情"));
    EXPECT_FALSE(Search::hasNgramCharacters("ＭＴＣＲ"));
}

TEST(SearchTokens, InvalidUtf8IsASeparatorNotACrash)
{
    const std::string bad = std::string("ab") + '\xff' + "cd" + '\xe4';
    QStringList got;
    Search::tokenize(bad, TokenizeMode::Document, [&](const SearchToken &t) {
        got.append(QString::fromStdString(std::string(t.key)));
        return true;
    });
    EXPECT_EQ(got, list({"ab", "cd"}));
}

// Every token of the sample corpus: offsets inside the text, and the key is what matchingKey
// (NFKC with case folding, over QString) makes of the bytes the offsets cover.
TEST(SearchTokens, OffsetsAndKeysAgreeWithMatchingKeyOnTheSampleCorpus)
{
    for (const char *name : {"A-77-96.zh.txt", "first-committee-79-item-106-report.zh.txt"}) {
        const std::string text =
            Rapporteur::Test::readUtf8(Rapporteur::Test::corpusPath(QString::fromLatin1(name)))
                .toStdString();
        int count = 0;
        int wrong = 0;
        Search::tokenize(text, TokenizeMode::Document, [&](const SearchToken &t) {
            ++count;
            const bool inside =
                t.start >= 0 && t.start < t.end && static_cast<size_t>(t.end) <= text.size();
            const QString covered =
                inside ? QString::fromUtf8(text.data() + t.start, t.end - t.start) : QString();
            const QString key =
                QString::fromUtf8(t.key.data(), static_cast<qsizetype>(t.key.size()));
            if (!inside || Text::matchingKey(covered) != key) {
                if (++wrong <= 5)
                    ADD_FAILURE() << name << ": " << key.toStdString() << " covers \""
                                  << covered.toStdString() << "\"";
            }
            return true;
        });
        EXPECT_GT(count, 1000) << name;
        EXPECT_EQ(wrong, 0) << name;
    }
}
