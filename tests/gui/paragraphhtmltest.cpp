// Symbols of the corpus named in a paragraph become links, matched by hand: a pattern made of a
// thousand documents' symbols was one PCRE2 refuses, and then no symbol was linked at all.
#include "gui/reader/paragraphhtml.h"

#include <gtest/gtest.h>

using namespace Rapporteur;

namespace {

Storage::ParagraphRecord body(const QString &text)
{
    Storage::ParagraphRecord p;
    p.id = 7;
    p.text = text;
    return p;
}

} // namespace

TEST(ParagraphHtml, LinksTheLongestCorpusSymbolAndNoneThatRunsOn)
{
    const Gui::ParagraphHtml html(
        {QStringLiteral("A/77/96"), QStringLiteral("A/77/96/Add.1"), QStringLiteral("A/79/416")});
    const QString out = html.paragraph(
        body(QStringLiteral("见 A/77/96、A/77/96/Add.1 和 A/77/960，以及 xA/79/416 与 A/79/416。")),
        0);
    EXPECT_EQ(out.count(QStringLiteral("href=\"corpus:A/77/96\"")), 1) << out.toStdString();
    EXPECT_EQ(out.count(QStringLiteral("href=\"corpus:A/77/96/Add.1\"")), 1);
    EXPECT_EQ(out.count(QStringLiteral("href=\"corpus:A/79/416\"")), 1);
    EXPECT_FALSE(out.contains(QStringLiteral("corpus:A/77/960")));
}

TEST(ParagraphHtml, ACorpusOfTenThousandSymbolsStillLinks)
{
    QStringList symbols;
    for (int i = 0; i < 10'000; ++i)
        symbols << QStringLiteral("A/%1/%2/Rev.%3").arg(40 + i % 40).arg(i).arg(i % 3 + 1);
    symbols << QStringLiteral("A/RES/79/80");
    const Gui::ParagraphHtml html(symbols);
    const QString out = html.paragraph(body(QStringLiteral("大会通过了 A/RES/79/80 号决议。")), 0);
    EXPECT_TRUE(out.contains(QStringLiteral("<a href=\"corpus:A/RES/79/80\">A/RES/79/80</a>")))
        << out.toStdString();
}
