#include "importer/pdfreader.h"

#include "testsupport.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Rapporteur;
using namespace Rapporteur::Importer;
using Rapporteur::Test::corpusPath;
using Rapporteur::Test::fixturePath;

namespace {
Result<SourceText> read(const QString &path, const QByteArray &password = {})
{
    NullProgress progress;
    CancelToken cancel;
    return readPdf(path, password, progress, cancel);
}

const QString kRealPdf = QStringLiteral("real/A-80-604-Add.6.en.pdf");
} // namespace

TEST(PdfReader, RealUnPdfGivesMastheadMetadata)
{
    auto r = read(corpusPath(kRealPdf));
    ASSERT_TRUE(r.ok()) << r.error().userMessage.toStdString();
    EXPECT_EQ(r->symbolFromFurniture, QStringLiteral("A/80/604/Add.6"));
    EXPECT_EQ(r->date, QDate(2026, 4, 7));
    EXPECT_EQ(r->originalLanguages, QStringList{QStringLiteral("en")});
    EXPECT_EQ(r->pageCount, 12);
}

TEST(PdfReader, RunningHeadersFootersAndMastheadAreNotText)
{
    auto r = read(corpusPath(kRealPdf));
    ASSERT_TRUE(r.ok());
    static const QRegularExpression furniture(QStringLiteral(
        R"(26-04865|\*2604865\*|^A/80/604/Add\.6$|^\d{1,2}/12$|^United Nations$|^Distr\.|^Original:)"));
    int text = 0;
    for (const SourceLine &l : r->lines) {
        EXPECT_GE(l.page, 1);
        EXPECT_LE(l.page, 12);
        if (l.role != LineRole::Text)
            continue;
        ++text;
        EXPECT_FALSE(furniture.match(l.text).hasMatch()) << l.page << ": " << l.text.toStdString();
    }
    EXPECT_GT(text, 200);
}

TEST(PdfReader, LinkAnnotationsLandOnTheLinesTheyCover)
{
    auto r = read(corpusPath(kRealPdf));
    ASSERT_TRUE(r.ok());
    bool found = false;
    for (const SourceLine &l : r->lines) {
        if (l.linkTargets.contains(QStringLiteral("https://docs.un.org/en/A/80/615"))) {
            found = true;
            EXPECT_TRUE(l.text.contains(QStringLiteral("A/80/615"))) << l.text.toStdString();
        }
    }
    EXPECT_TRUE(found);
}

TEST(PdfReader, EncryptedPdfNeedsItsPassword)
{
    auto none = read(fixturePath(QStringLiteral("pdf-encrypted.pdf")));
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, ErrorCode::PasswordRequired);
    EXPECT_TRUE(none.error().userMessage.contains(QStringLiteral("encrypted")));
    auto wrong = read(fixturePath(QStringLiteral("pdf-encrypted.pdf")), "guess");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::PasswordRequired);
    EXPECT_TRUE(wrong.error().userMessage.contains(QStringLiteral("password")));
    auto right = read(fixturePath(QStringLiteral("pdf-encrypted.pdf")), "secret");
    ASSERT_TRUE(right.ok()) << right.error().userMessage.toStdString();
    ASSERT_EQ(right->lines.size(), 1);
    EXPECT_EQ(right->lines[0].text, QStringLiteral("The General Assembly adopted the resolution."));
}

TEST(PdfReader, BadPdfsAreRefusedWithWhatIsWrong)
{
    const std::pair<const char *, const char *> cases[] = {
        {"pdf-empty.pdf", "empty"},
        {"pdf-truncated.pdf", "damaged"},
        {"pdf-image-only.pdf", "OCR"},
        {"compilation-small.zh.txt", "not a PDF"},
    };
    for (const auto &[file, words] : cases) {
        auto r = read(fixturePath(QString::fromLatin1(file)));
        ASSERT_FALSE(r.ok()) << file;
        EXPECT_TRUE(r.error().userMessage.contains(QString::fromLatin1(words)))
            << file << ": " << r.error().userMessage.toStdString();
    }
}

TEST(PdfReader, CancelStopsBetweenPages)
{
    NullProgress progress;
    CancelToken cancel;
    cancel.cancel();
    auto r = readPdf(corpusPath(kRealPdf), {}, progress, cancel);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Cancelled);
}

TEST(PdfReader, JustifiedChineseLosesItsSpacingButKeepsSpacesAroundNumbers)
{
    // Each character placed on its own with 4 pt between them, as Word justifies Chinese; the
    // number keeps the spaces Chinese typography puts around it.
    auto r = read(fixturePath(QStringLiteral("pdf-justified-cjk.pdf")));
    ASSERT_TRUE(r.ok()) << r.error().userMessage.toStdString();
    QStringList texts;
    for (const SourceLine &l : r->lines)
        texts.append(l.text);
    EXPECT_EQ(texts,
              (QStringList{QStringLiteral("大会在其关于和平利用国际合作的第 76/234 号决议中，"),
                           QStringLiteral("请秘书长就此提交报告。")}));
}

TEST(PdfReader, ProgressCountsPagesDoneOfTotal)
{
    struct Recorder final : ProgressSink
    {
        QList<std::pair<qint64, qint64>> steps;
        void progress(qint64 done, qint64 total, const QString &) override
        {
            steps.append({done, total});
        }
    } recorder;
    CancelToken cancel;
    ASSERT_TRUE(readPdf(corpusPath(kRealPdf), {}, recorder, cancel).ok());
    ASSERT_EQ(recorder.steps.size(), 13); // before each of the 12 pages, and once at the end
    for (qsizetype i = 0; i < recorder.steps.size(); ++i)
        EXPECT_EQ(recorder.steps[i], std::make_pair(qint64(i), qint64(12)));
}

// Page 3 of A/80/604/Add.6 set turned (/Rotate 90, 180 and 270: tests/fixtures/
// pdf-page-rotated-*.pdf, made with qpdf --rotate): Poppler gives its words as shown, running
// down (or up) the page; read upright, its lines and their links are those of the page in the
// original.
class RotatedPage : public ::testing::TestWithParam<const char *>
{
};

TEST_P(RotatedPage, ReadsAsItDoesUpright)
{
    auto original = read(corpusPath(kRealPdf));
    auto turned = read(fixturePath(QString::fromLatin1(GetParam())));
    ASSERT_TRUE(original.ok());
    ASSERT_TRUE(turned.ok()) << turned.error().userMessage.toStdString();
    QStringList upright;
    QStringList uprightLinks;
    for (const SourceLine &l : original->lines) {
        if (l.page == 3) {
            upright.append(l.text);
            uprightLinks += l.linkTargets;
        }
    }
    QStringList read;
    QStringList readLinks;
    for (const SourceLine &l : turned->lines) {
        read.append(l.text);
        readLinks += l.linkTargets;
    }
    EXPECT_EQ(read, upright);
    EXPECT_TRUE(read.contains(QStringLiteral(
        "6. In considering the reports of the Secretary-General on the financing of UNMIK,")))
        << read.join(QLatin1Char('\n')).toStdString();
    // The link annotations land on the same lines as upright.
    EXPECT_EQ(uprightLinks.size(), 2);
    EXPECT_EQ(readLinks, uprightLinks);
}

INSTANTIATE_TEST_SUITE_P(PdfReader, RotatedPage,
                         ::testing::Values("pdf-page-rotated-90.pdf", "pdf-page-rotated-180.pdf",
                                           "pdf-page-rotated-270.pdf"));
