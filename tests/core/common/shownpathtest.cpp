#include "common/shownpath.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Rapporteur;

TEST(ShownPath, KeepsOrdinaryNamesAsTheyAre)
{
    EXPECT_EQ(shownPath(QStringLiteral("/tmp/A-77-96 第一.zh.txt")),
              QStringLiteral("/tmp/A-77-96 第一.zh.txt"));
}

// A name with a newline would make an error two lines; an escape sequence would reach the
// terminal. Both are written out.
TEST(ShownPath, EscapesControlAndInvisibleCharacters)
{
    EXPECT_EQ(shownPath(QStringLiteral("a\nb\tc\rd")), QStringLiteral("a\\nb\\tc\\rd"));
    EXPECT_EQ(shownPath(QStringLiteral("x\x1b[31my")), QStringLiteral("x\\x1b[31my"));
    EXPECT_EQ(shownPath(QStringLiteral("zero\u200bwidth")), QStringLiteral("zero\\u200bwidth"));
    EXPECT_EQ(shownFileName(QStringLiteral("/tmp/dir/evil\nname.txt")),
              QStringLiteral("evil\\nname.txt"));
}
