#include "text/documentsymbol.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Rapporteur::Text;

TEST(DocumentSymbol, RecognisesUnSymbolShapes)
{
    for (const char16_t *s :
         {u"A/77/96", u"A/RES/76/234", u"S/RES/1540(2004)", u"A/C.1/79/L.53/Rev.1",
          u"A/C.1/79/PV.31", u"BWC/CONF.IX/PC/WP.9", u"A/RES/37/98 D",
          u"A/81/6 (Sect. 16)/Part A", u"A/RES/2758 (XXVI)", u"S/2024/123", u"E/CN.6/2024/3",
          u"A/80/5 (Vol. II)"})
        EXPECT_TRUE(looksLikeSymbol(QStringView(s))) << QString::fromUtf16(s).toStdString();
    for (const char16_t *s : {u"A/B", u"76/234", u"a/77/96", u"澳大利亚", u"22-09134",
                              u"A/81/6 (see below)", u"A/80/5 Part A"})
        EXPECT_FALSE(looksLikeSymbol(QStringView(s))) << QString::fromUtf16(s).toStdString();
}

TEST(DocumentSymbol, MastheadSymbolLosesTheAsteriskOfItsNote)
{
    EXPECT_EQ(symbolOfMasthead(u"A/80/605*"), QStringLiteral("A/80/605"));
    EXPECT_EQ(symbolOfMasthead(u"A/81/6 (Sect. 16)/Part A*"),
              QStringLiteral("A/81/6 (Sect. 16)/Part A"));
    EXPECT_EQ(symbolOfMasthead(u"A/80/605**"), QStringLiteral("A/80/605"));
    EXPECT_TRUE(symbolOfMasthead(u"Distr.: General").isEmpty());
}

TEST(DocumentSymbol, FileNameSpellsSymbolWithHyphens)
{
    EXPECT_EQ(symbolFromFileName(QStringLiteral("/tmp/A-77-96.zh.txt")), QStringLiteral("A/77/96"));
    EXPECT_EQ(symbolFromFileName(QStringLiteral("A-C.1-79-L.53-Rev.1.pdf")),
              QStringLiteral("A/C.1/79/L.53/Rev.1"));
    EXPECT_EQ(symbolFromFileName(QStringLiteral("first-committee-79-item-106-report.zh.txt")),
              QString());
}

TEST(DocumentSymbol, UndocsLinkNamesSymbolAfterLanguage)
{
    EXPECT_EQ(symbolFromLink(QStringLiteral("https://undocs.org/ch/A/RES/76/234")),
              QStringLiteral("A/RES/76/234"));
    EXPECT_EQ(symbolFromLink(QStringLiteral("https://undocs.org/ch/S/RES/1540(2004)")),
              QStringLiteral("S/RES/1540(2004)"));
    EXPECT_EQ(symbolFromLink(QStringLiteral("https://undocs.org/A/77/96")),
              QStringLiteral("A/77/96"));
    EXPECT_EQ(symbolFromLink(QStringLiteral("http://www.mtcr.info/")), QString());
}
