// The UN-terms dictionary (data/instruments.tsv, data/terms.tsv) and the scanner that finds its
// names in running text.
#include "referencedata/termdictionary.h"
#include "referencedata/termscanner.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Rapporteur;
using ReferenceData::TermDictionary;
using ReferenceData::TermKind;
using ReferenceData::TermScanner;

namespace {

const QString kHeader = QStringLiteral("id\tkind\tname_en\tname_zh\taliases\n");

// The ids a scan of the built-in instruments finds, in text order.
QStringList instrumentsIn(const QString &text)
{
    const auto &dictionary = TermDictionary::builtIn();
    static const TermScanner scanner(dictionary, [](const auto &e) { return e.isInstrument(); });
    QStringList ids;
    for (const auto &m : scanner.scan(text))
        ids.append(dictionary.entries()[m.entry].id);
    return ids;
}

} // namespace

TEST(TermDictionary, BuiltInTablesAreValidAndHoldWhatTheIssueNames)
{
    const auto &dictionary = TermDictionary::builtIn();
    for (const char *id : {"NPT", "BWC", "CWC", "CTBT", "TPNW", "GENEVA1925", "NSG", "AG", "MTCR",
                           "WA", "ZC", "IAEA", "OPCW", "WHO"}) {
        const auto entry = dictionary.byId(QString::fromLatin1(id));
        ASSERT_TRUE(entry.has_value()) << id;
        EXPECT_TRUE(entry->isInstrument()) << id;
    }
    for (const char16_t *term :
         {u"大规模毁灭性武器", u"出口管制", u"单方面强制性措施", u"两用物项"}) {
        const auto entry = dictionary.resolve(term);
        ASSERT_TRUE(entry.has_value()) << QString::fromUtf16(term).toStdString();
        EXPECT_EQ(entry->kind, TermKind::Term);
    }
    EXPECT_EQ(dictionary.fingerprint().size(), 40);
}

TEST(TermDictionary, MtcrAndItsThreeChineseNamesAreOneInstrument)
{
    const auto &dictionary = TermDictionary::builtIn();
    for (const char16_t *name :
         {u"MTCR", u"导弹技术管制制度", u"导弹及其技术控制制度", u"导弹技术控制制度",
          u"Missile Technology Control Regime", u"mtcr"}) {
        const auto entry = dictionary.resolve(name);
        ASSERT_TRUE(entry.has_value()) << QString::fromUtf16(name).toStdString();
        EXPECT_EQ(entry->id, QStringLiteral("MTCR"));
        EXPECT_EQ(entry->kind, TermKind::Regime);
    }
    // A bracket-only alias resolves without its brackets as a name to look up.
    EXPECT_EQ(dictionary.resolve(u"不扩散条约")->id, QStringLiteral("NPT"));
    EXPECT_FALSE(dictionary.resolve(u"澳大利亚").has_value()); // a state, not an instrument
}

TEST(TermDictionary, ANameOfTwoEntriesMakesTheTableInvalid)
{
    const auto parsed =
        TermDictionary::fromTsv({kHeader + QStringLiteral("A\tregime\tOne\t甲制度\t共同名\n"),
                                 kHeader + QStringLiteral("B\tterm\tTwo\t乙\t共同名\n")});
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().userMessage.contains(QStringLiteral("共同名")));
    EXPECT_FALSE(TermDictionary::fromTsv({kHeader + QStringLiteral("X\tplanet\tX\t行星\n")}).ok());
}

TEST(TermScanner, LongestNameWinsAndEachSpanIsReadOnce)
{
    // A/77/96 paragraph 57 (Belarus): the long Wassenaar name is one match, not also "瓦森纳安排".
    EXPECT_EQ(instrumentsIn(QStringLiteral(
                  "多边出口管制制度(核供应国集团、桑戈委员会、导弹及其技术管制制度、澳大利亚集团和"
                  "《关于常规武器和两用物品及技术出口控制的瓦森纳安排》)")),
              (QStringList{QStringLiteral("NSG"), QStringLiteral("ZC"), QStringLiteral("MTCR"),
                           QStringLiteral("AG"), QStringLiteral("WA")}));
    // 国际原子能机构 is one IAEA, and 《国际原子能机构规约》 the Statute, not the Agency.
    EXPECT_EQ(instrumentsIn(QStringLiteral("国际原子能机构(原子能机构)")),
              (QStringList{QStringLiteral("IAEA"), QStringLiteral("IAEA")}));
    EXPECT_EQ(instrumentsIn(QStringLiteral("《国际原子能机构规约》第三条")),
              QStringList{QStringLiteral("IAEA_STATUTE")});
    // Both names of the NPT; the bare short form is generic ("多边裁军和不扩散条约").
    EXPECT_EQ(instrumentsIn(QStringLiteral("《不扩散核武器条约》和《不扩散条约》")),
              (QStringList{QStringLiteral("NPT"), QStringLiteral("NPT")}));
    EXPECT_EQ(instrumentsIn(QStringLiteral("加强多边裁军和不扩散条约的权威")), QStringList());
}

TEST(TermScanner, HeadingAustraliaGroupIsTheRegimeOnly)
{
    // The sub-heading of Australia's submission starts with the state's name; the scan reads the
    // regime and nothing shorter inside it.
    EXPECT_EQ(instrumentsIn(QStringLiteral("澳大利亚集团")), QStringList{QStringLiteral("AG")});
    EXPECT_EQ(instrumentsIn(QStringLiteral("澳大利亚")), QStringList());
}

TEST(TermScanner, WhiteSpaceInsideNamesAndWidthAreIgnored)
{
    EXPECT_EQ(instrumentsIn(QStringLiteral("违反《1925 年日内瓦议定书》使用")),
              QStringList{QStringLiteral("GENEVA1925")});
    EXPECT_EQ(instrumentsIn(QStringLiteral("违反《1925年日内\n瓦议定书》")),
              QStringList{QStringLiteral("GENEVA1925")});
    EXPECT_EQ(instrumentsIn(QStringLiteral("ＭＴＣＲ")), QStringList{QStringLiteral("MTCR")});
}

TEST(TermScanner, LatinNamesAreWholeWordsAndAcronymsAreCapitals)
{
    EXPECT_EQ(instrumentsIn(QStringLiteral("the NPT and the who")),
              QStringList{QStringLiteral("NPT")});
    EXPECT_EQ(instrumentsIn(QStringLiteral("NPTs WHOM AGNPT")), QStringList());
    EXPECT_EQ(
        instrumentsIn(QStringLiteral("the australia group and the Missile Technology\nControl "
                                     "Regime")),
        (QStringList{QStringLiteral("AG"), QStringLiteral("MTCR")}));
    // Spaced as the name is: an address is not the regime, nor are words run together.
    EXPECT_EQ(instrumentsIn(QStringLiteral("澳大利亚集团网站(www.australiagroup.net)")),
              QStringList{QStringLiteral("AG")});
    EXPECT_EQ(instrumentsIn(QStringLiteral("MissileTechnologyControlRegime, N P T")),
              QStringList());
    const auto matches = TermScanner(TermDictionary::builtIn()).scan(QStringLiteral("见 WHO。"));
    ASSERT_EQ(matches.size(), 1);
    EXPECT_EQ(matches[0].start, 2);
    EXPECT_EQ(matches[0].length, 3);
}
