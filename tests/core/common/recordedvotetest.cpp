#include "common/recordedvote.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Rapporteur;

TEST(ListedMoreThanOnce, FindsAStateInTwoListsOrTwiceInOne)
{
    EXPECT_TRUE(listedMoreThanOnce({{QStringLiteral("CHN"), QStringLiteral("CUB")},
                                    {QStringLiteral("USA")},
                                    {}})
                    .isEmpty());
    EXPECT_EQ(listedMoreThanOnce({{QStringLiteral("CHN"), QStringLiteral("USA")},
                                  {QStringLiteral("USA"), QStringLiteral("CAN")},
                                  {QStringLiteral("CAN"), QStringLiteral("CAN")}}),
              (QStringList{QStringLiteral("USA"), QStringLiteral("CAN")}));
    // A name that resolved to nothing is keyed by its text; an empty key is never a state.
    EXPECT_EQ(listedMoreThanOnce({{QStringLiteral("乌托邦")}, {QStringLiteral("乌托邦")}, {}}),
              QStringList{QStringLiteral("乌托邦")});
    EXPECT_TRUE(listedMoreThanOnce({{QString()}, {QString()}, {}}).isEmpty());
}
