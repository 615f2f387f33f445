#include "text/pinyin.h"

#include <gtest/gtest.h>

using namespace Rapporteur::Text;

TEST(Pinyin, GivesTonelessSyllablesOfEachHanCharacter)
{
    EXPECT_EQ(pinyinSyllables(QStringLiteral("澳大利亚")),
              (QStringList{QStringLiteral("ao"), QStringLiteral("da"), QStringLiteral("li"),
                           QStringLiteral("ya")}));
    // Tones and ü are folded away: 绿 is lǜ.
    EXPECT_EQ(pinyinSyllables(QStringLiteral("绿")), QStringList{QStringLiteral("lu")});
}

TEST(Pinyin, SearchKeyRunsSyllablesTogetherAndAddsInitials)
{
    EXPECT_EQ(pinyinSearchKey(QStringLiteral("荷兰王国")), QStringLiteral("helanwangguo hlwg"));
    EXPECT_EQ(pinyinSearchKey(QStringLiteral("中国")), QStringLiteral("zhongguo zg"));
}

TEST(Pinyin, TextWithoutHanHasNoSearchKey)
{
    EXPECT_EQ(pinyinSearchKey(QStringLiteral("Australia")), QString());
    EXPECT_EQ(pinyinSearchKey(QString()), QString());
}
