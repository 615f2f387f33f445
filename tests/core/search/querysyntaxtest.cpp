// What user queries become: the FTS5 expression (every term quoted, operators explicit and
// parenthesised), and where hits stand in a paragraph's text and its snippet. Expected strings
// are written by hand.
#include "search/querysyntax.h"
#include "search/matchfinder.h"
#include "search/snippet.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Rapporteur;
using Search::parseQuery;
using Search::QueryPhrase;
using Search::TextMatch;

namespace {
QString fts(const char *input)
{
    return parseQuery(QString::fromUtf8(input)).fts;
}
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

TEST(QuerySyntax, TermsAreQuotedAndJuxtapositionIsAnd)
{
    EXPECT_EQ(fts("出口管制"), s("\"出口管制\""));
    EXPECT_EQ(fts("出口 管制"), s("(\"出口\" AND \"管制\")"));
    EXPECT_EQ(fts("COVID-19"), s("\"COVID-19\""));
    EXPECT_EQ(fts("\"export control\""), s("\"export control\""));
    EXPECT_EQ(fts("“出口 管制”"), s("\"出口 管制\""));
}

TEST(QuerySyntax, OperatorsAndPrecedence)
{
    EXPECT_EQ(fts("a OR b c"), s("(\"a\" OR (\"b\" AND \"c\"))"));
    EXPECT_EQ(fts("a b NOT c"), s("((\"a\" AND \"b\") NOT \"c\")"));
    EXPECT_EQ(fts("(a OR b) NOT c"), s("((\"a\" OR \"b\") NOT \"c\")"));
    EXPECT_EQ(fts("a AND b AND c"), s("(\"a\" AND \"b\" AND \"c\")"));
    EXPECT_EQ(fts("出口 或 进口"), s("(\"出口\" OR \"进口\")"));
    EXPECT_EQ(fts("出口 与 制裁 非 美国"), s("((\"出口\" AND \"制裁\") NOT \"美国\")"));
    EXPECT_EQ(fts("（出口 或 进口） 管制"), s("((\"出口\" OR \"进口\") AND \"管制\")"));
}

TEST(QuerySyntax, PrefixOnlyForLatinTerms)
{
    EXPECT_EQ(fts("MT*"), s("\"MT\" *"));
    EXPECT_EQ(fts("\"export contr\"*"), s("\"export contr\" *"));
    EXPECT_EQ(fts("出口*"), s("\"出口\""));
}

TEST(QuerySyntax, OperatorWithoutTwoOperandsIsAWord)
{
    EXPECT_EQ(fts("AND"), s("\"AND\""));
    EXPECT_EQ(fts("NOT a"), s("(\"NOT\" AND \"a\")"));
    EXPECT_EQ(fts("a OR"), s("(\"a\" AND \"OR\")"));
    EXPECT_EQ(fts("与"), s("\"与\""));
    EXPECT_EQ(fts("and"), s("\"and\"")); // lower case is always a word, as in FTS5
}

TEST(QuerySyntax, HostileInputCannotBreakOut)
{
    for (const char *input : {"", "\"", "*", "(((", ")))", "()", "\"\"", "，。", "--"})
        EXPECT_EQ(fts(input), QString()) << input;
    EXPECT_EQ(fts("NEAR("), s("\"NEAR\""));
    EXPECT_EQ(fts("NEAR(a b, 2)"), s("(\"NEAR\" AND \"a\" AND \"b,\" AND \"2\")"));
    EXPECT_EQ(fts("'); DROP TABLE paragraph; --"),
              s("(\"DROP\" AND \"TABLE\" AND \"paragraph;\")"));
    EXPECT_EQ(fts("text:出口"), s("\"text:出口\""));
    EXPECT_EQ(fts("^a"), s("\"^a\""));
    // A quote can only close a phrase, so no quote reaches the inside of an FTS5 string; a
    // control character is white space (FTS5 would stop reading at a NUL).
    EXPECT_EQ(fts("a\"b"), s("(\"a\" AND \"b\")"));
    EXPECT_EQ(parseQuery(QStringLiteral("a") + QChar(0) + QStringLiteral("b")).fts,
              s("(\"a\" AND \"b\")"));
    EXPECT_EQ(Search::ftsPhrase({s("say \"no\""), false}), s("\"say \"\"no\"\"\""));
}

TEST(QuerySyntax, LimitsKeepTheExpressionShallow)
{
    QString many;
    for (int i = 0; i < 200; ++i)
        many += QStringLiteral("w%1 ").arg(i);
    EXPECT_EQ(parseQuery(many).fts.count(u'"'), 2 * Search::kMaxTerms);
    const QString deep = QString(300, u'(') + QStringLiteral("出口") + QString(300, u')');
    EXPECT_EQ(parseQuery(deep).fts, s("\"出口\""));
}

TEST(QuerySyntax, PositivePhrasesLeaveOutWhatIsExcluded)
{
    const auto parsed = parseQuery(s("出口 OR \"export control\" NOT 制裁 MT*"));
    EXPECT_EQ(
        parsed.positive,
        (QList<QueryPhrase>{{s("出口"), false}, {s("export control"), false}, {s("MT"), true}}));
}

TEST(MatchFinder, FindsEveryOccurrenceAsTheIndexMatchesIt)
{
    // 作0为1最2大3的4发5展6中7国8家9，10中11国12也13
    const Search::MatchFinder text(s("作为最大的发展中国家，中国也"));
    EXPECT_EQ(text.find({s("中国"), false}), (QList<TextMatch>{{7, 9}, {11, 13}}));
    EXPECT_EQ(text.find({s("国"), false}), (QList<TextMatch>{{8, 9}, {12, 13}}));
    EXPECT_EQ(text.find({s("中国也"), false}), (QList<TextMatch>{{11, 14}}));
    EXPECT_TRUE(text.find({s("国家中"), false}).isEmpty());
    // Overlapping occurrences are all there, as a substring count finds them.
    EXPECT_EQ(Search::MatchFinder(s("哈哈哈")).find({s("哈哈"), false}),
              (QList<TextMatch>{{0, 2}, {1, 3}}));
}

TEST(MatchFinder, WordsPrefixesPhrasesAndSurrogates)
{
    const Search::MatchFinder latin(s("MTCR and mtcr, not MTC; COVID-19 pandemic"));
    EXPECT_EQ(latin.find({s("ＭＴＣＲ"), false}), (QList<TextMatch>{{0, 4}, {9, 13}}));
    EXPECT_EQ(latin.find({s("MT"), true}), (QList<TextMatch>{{0, 4}, {9, 13}, {19, 22}}));
    EXPECT_EQ(latin.find({s("covid-19"), false}), (QList<TextMatch>{{24, 32}}));
    EXPECT_EQ(latin.find({s("mtc"), false}), (QList<TextMatch>{{19, 22}})); // a word of its own
    EXPECT_TRUE(latin.find({s("pan"), false}).isEmpty());
    // A phrase with a space between Chinese runs also matches them written together.
    EXPECT_EQ(Search::MatchFinder(s("加强出口管制")).find({s("出口 管制"), false}),
              (QList<TextMatch>{{2, 6}}));
    // U+20000 is one code point, two UTF-16 units.
    EXPECT_EQ(Search::MatchFinder(QString::fromUcs4(U"\U00020000中国")).find({s("中国"), false}),
              (QList<TextMatch>{{2, 4}}));
}

TEST(MatchFinder, FindAllMergesOverlappingHits)
{
    const Search::MatchFinder text(s("出口管制制度"));
    EXPECT_EQ(text.findAll({{s("出口管制"), false}, {s("管制制度"), false}}),
              (QList<TextMatch>{{0, 6}}));
}

TEST(Snippet, ThirtyCharactersEitherSideWithHitsMarked)
{
    const QString text = QString(40, u'甲') + s("中国") + QString(40, u'乙') + s("中国");
    const auto matches = Search::MatchFinder(text).findAll({{s("中国"), false}});
    ASSERT_EQ(matches.size(), 2);
    EXPECT_EQ(Search::makeSnippet(text, matches),
              s("…") + QString(30, u'甲') + s("【中国】") + QString(30, u'乙') + s("…"));
    // A hit near the start: no leading ellipsis; a second hit inside the window is marked too.
    const QString near = s("中国和中国") + QString(50, u'乙');
    EXPECT_EQ(Search::makeSnippet(near, Search::MatchFinder(near).findAll({{s("中国"), false}})),
              s("【中国】和【中国】") + QString(27, u'乙') + s("…"));
    EXPECT_EQ(Search::makeSnippet(s("短"), {}), s("短"));
}
