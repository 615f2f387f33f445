// The interface font: Simplified Chinese glyph forms, not the Japanese ones Qt falls back to.
#include "gui/settings/applicationfont.h"
#include "gui/reader/submissionreader.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>

#include <gtest/gtest.h>

using namespace Rapporteur;

namespace {

TEST(ApplicationFont, IsSimplifiedChineseAndReachesTheReader)
{
    // The test main applied it, as the app's main does; fonts-noto-cjk is a build dependency.
    ASSERT_TRUE(QFontDatabase::families().contains(Gui::simplifiedChineseFontFamily()));
    EXPECT_TRUE(Gui::applySimplifiedChineseFont());
    EXPECT_EQ(QFontInfo(QApplication::font()).family(), Gui::simplifiedChineseFontFamily());
    Gui::SubmissionReader reader;
    EXPECT_EQ(QFontInfo(reader.font()).family(), Gui::simplifiedChineseFontFamily());
}

} // namespace
