// Every form in which a text cites a UN document maps to one canonical symbol; the negative cases
// are numbers that look like resolution numbers but are not cited as resolutions.
#include "text/symbolcitations.h"
#include "text/documentsymbol.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Rapporteur::Text;

namespace {

struct Form
{
    const char16_t *text;
    const char16_t *symbol; // the one symbol the text cites
};

QStringList symbolsIn(const QString &text)
{
    QStringList symbols;
    for (const SymbolCitation &c : findSymbolCitations(text))
        symbols.append(c.symbol);
    return symbols;
}

} // namespace

TEST(SymbolCitations, EveryFormNamesOneCanonicalSymbol)
{
    const Form forms[] = {
        // Symbols as written, in Chinese and English sentences.
        {u"见 A/RES/76/234。", u"A/RES/76/234"},
        {u"安理会 S/RES/1540(2004) 号", u"S/RES/1540(2004)"},
        {u"see S/RES/1540 (2004).", u"S/RES/1540(2004)"},
        {u"决议草案(A/C.1/79/L.53/Rev.1)。", u"A/C.1/79/L.53/Rev.1"},
        {u"见A/C.1/79/PV.31、", u"A/C.1/79/PV.31"},
        {u"resolution A/RES/37/98 D of 1982", u"A/RES/37/98 D"},
        {u"A/77/96。", u"A/77/96"},
        {u"in document A/77/96.", u"A/77/96"},
        {u"the Board of Auditors (A/80/5 (Vol. II), chap. II)", u"A/80/5(Vol.II)"},
        {u"the report A/77/96 (2022) says", u"A/77/96"},
        // Full-width forms (NFKC).
        {u"Ａ／ＲＥＳ／７６／２３４", u"A/RES/76/234"},
        {u"第１５４０（２００４）号决议", u"S/RES/1540(2004)"},
        // Chinese forms.
        {u"大会第 76/234 号决议请秘书长", u"A/RES/76/234"},
        {u"第76/234 号决议提到", u"A/RES/76/234"},
        {u"“在国际安全领域促进和平利用国际合作”决议(76/234)基础上", u"A/RES/76/234"},
        {u"决议（76/234）", u"A/RES/76/234"},
        {u"安全理事会第 1540(2004)号决议", u"S/RES/1540(2004)"},
        {u"安理会第1540 (2004) 号决议", u"S/RES/1540(2004)"},
        {u"秘书长根据大会第 37/98 D 号决议启动了调查", u"A/RES/37/98 D"},
        {u"人权理事会第 48/6 号决议", u"A/HRC/RES/48/6"},
        {u"大会第 76/515 号决定", u"A/DEC/76/515"},
        // English forms.
        {u"General Assembly resolution 76/234 requests", u"A/RES/76/234"},
        {u"Security Council resolution 1540 (2004) requires", u"S/RES/1540(2004)"},
        {u"resolution 37/98 D,", u"A/RES/37/98 D"},
        {u"decision 76/515", u"A/DEC/76/515"},
        // Addresses pasted into the text.
        {u"(https://undocs.org/ch/A/RES/76/234)", u"A/RES/76/234"},
        {u"见 https://docs.un.org/en/S/RES/1540(2004)。", u"S/RES/1540(2004)"},
    };
    for (const Form &f : forms) {
        const QString text = QString::fromUtf16(f.text);
        EXPECT_EQ(symbolsIn(text), QStringList{QString::fromUtf16(f.symbol)}) << text.toStdString();
    }
}

TEST(SymbolCitations, ListsSharingOneResolutionWordCiteEach)
{
    // A/77/96 paragraph 27 and A/79/416's preamble, as the sample writes them.
    EXPECT_EQ(
        symbolsIn(QStringLiteral("分别根据安理会第1540(2004)号和第1718(2006)号决议设立")),
        (QStringList{QStringLiteral("S/RES/1540(2004)"), QStringLiteral("S/RES/1718(2006)")}));
    EXPECT_EQ(symbolsIn(QStringLiteral(
                  "回顾其 2021年 12月 24日第 76/234号和 2022年 12月 7日第 77/96号决议，")),
              (QStringList{QStringLiteral("A/RES/76/234"), QStringLiteral("A/RES/77/96")}));
    EXPECT_EQ(symbolsIn(QStringLiteral("resolutions 1540 (2004), 1673 (2006) and 1810 (2008)")),
              (QStringList{QStringLiteral("S/RES/1540(2004)"), QStringLiteral("S/RES/1673(2006)"),
                           QStringLiteral("S/RES/1810(2008)")}));
}

TEST(SymbolCitations, NumbersThatAreNotCitedAsResolutionsAreNot)
{
    for (const char16_t *text : {
             u"76/234",                            // no 决议/resolution: a number alone
             u"2022/05/19",                        // a date
             u"第 53/2007号法及其执行条例",        // a law (A/77/96, Cuba)
             u"原子能机构第 46/1 号公告(2004 年)", // a bulletin (A/77/96, Kenya)
             u"见第 12/15 页",                     // pages
             u"自 9/11 恐怖主义袭击以来",
             u"(EU)2021/821 号条例",    // an EU regulation
             u"第 76/234 号和其他文件", // a list that never reaches 决议
             u"a/77/96",                // lower case is no symbol
             u"决议 2022/05",           // a session has at most three digits
         })
        EXPECT_EQ(symbolsIn(QString::fromUtf16(text)), QStringList())
            << QString::fromUtf16(text).toStdString();
}

TEST(SymbolCitations, SpansPointIntoTheTextAsGiven)
{
    const QString text = QStringLiteral("澳大利亚同意第 76/234 号决议序言");
    const auto found = findSymbolCitations(text);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(text.mid(found[0].start, found[0].length), QStringLiteral("第 76/234 号"));
    // A written symbol is read once, not also as the number inside it.
    EXPECT_EQ(symbolsIn(QStringLiteral("A/RES/76/234 号决议")),
              QStringList{QStringLiteral("A/RES/76/234")});
}

TEST(SymbolCitations, CanonicalSymbol)
{
    EXPECT_EQ(canonicalSymbol(u"S/RES/1540 (2004)"), QStringLiteral("S/RES/1540(2004)"));
    EXPECT_EQ(canonicalSymbol(u" A / RES / 76 / 234 "), QStringLiteral("A/RES/76/234"));
    EXPECT_EQ(canonicalSymbol(u"A/RES/37/98  D"), QStringLiteral("A/RES/37/98 D"));
    EXPECT_EQ(canonicalSymbol(u"A/77/96."), QStringLiteral("A/77/96"));
    EXPECT_EQ(canonicalSymbol(u"A/80/5 (Vol. II)"), QStringLiteral("A/80/5(Vol.II)"));
    EXPECT_EQ(canonicalSymbol(u"Ａ/Ｃ.１/79/L.53/Rev.1"), QStringLiteral("A/C.1/79/L.53/Rev.1"));
    EXPECT_EQ(canonicalSymbol(u"76/234"), QString());
    EXPECT_EQ(canonicalSymbol(u"澳大利亚"), QString());
}

TEST(SymbolCitations, LinksNameCanonicalSymbols)
{
    EXPECT_EQ(symbolFromLink(QStringLiteral("https://undocs.org/en/A/RES/76/234")),
              QStringLiteral("A/RES/76/234"));
    EXPECT_EQ(symbolFromLink(QStringLiteral("https://docs.un.org/en/A/C.1/79/PV.31")),
              QStringLiteral("A/C.1/79/PV.31"));
    EXPECT_EQ(symbolFromLink(QStringLiteral("https://undocs.org/zh/S/RES/1540%20(2004)")),
              QStringLiteral("S/RES/1540(2004)"));
    EXPECT_EQ(
        symbolFromLink(QStringLiteral("https://undocs.org/Home/Mobile?FinalSymbol=A%2F77%2F96")),
        QStringLiteral("A/77/96"));
    EXPECT_EQ(symbolFromLink(QStringLiteral("https://www.dfat.gov.au/publications/x.html")),
              QString());
}

TEST(SymbolCitations, QueriesMayNameAResolutionByItsNumberAlone)
{
    EXPECT_EQ(symbolFromQuery(u"76/234"), QStringLiteral("A/RES/76/234"));
    EXPECT_EQ(symbolFromQuery(u"1540(2004)"), QStringLiteral("S/RES/1540(2004)"));
    EXPECT_EQ(symbolFromQuery(u"1540 (2004)"), QStringLiteral("S/RES/1540(2004)"));
    EXPECT_EQ(symbolFromQuery(u"第 1540(2004)号决议"), QStringLiteral("S/RES/1540(2004)"));
    EXPECT_EQ(symbolFromQuery(u"A/77/96"), QStringLiteral("A/77/96"));
    EXPECT_EQ(symbolFromQuery(u"https://undocs.org/ch/A/77/96"), QStringLiteral("A/77/96"));
    EXPECT_EQ(symbolFromQuery(u"MTCR"), QString());
    EXPECT_EQ(symbolFromQuery(u"2022/05/19"), QString());
}
