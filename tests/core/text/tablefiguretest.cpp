#include "text/tablefigure.h"

#include <gtest/gtest.h>

using namespace Rapporteur::Text;

// Cells as the real UN reports print them (A/80/630, A/80/596, A/81/6 (Sect. 16)/Part A).
TEST(TableFigure, FiguresAreToldFromWords)
{
    for (const char *figure :
         {"40 428.4", "(6 442.2)", "(14.9)", "1,250.4", "-17", "12 %", "48.7%", "$43,684,700",
          "($63,100)", "—", "–", "…", "1 300", "2023", "54 199.7ᵃ", "301 476.3ᵃ", "7*"})
        EXPECT_TRUE(isTableFigure(QString::fromUtf8(figure))) << figure;
    for (const char *word : {"Posts", "", "2025/26", "Table 2", "a", "UNV", "P-4", "A/80/499",
                             "22 October 2025", "(6)=(5)-(3)"})
        EXPECT_FALSE(isTableFigure(QString::fromUtf8(word))) << word;
}

TEST(TableFigure, ANumberHoldsADigit)
{
    EXPECT_TRUE(isTableNumber(QStringLiteral("(1)")));
    EXPECT_TRUE(isTableNumber(QStringLiteral("0")));
    EXPECT_FALSE(isTableNumber(QStringLiteral("–")));
    EXPECT_FALSE(isTableNumber(QStringLiteral("…")));
}
