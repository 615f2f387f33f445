#include "importer/textfilereader.h"

#include "testsupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Rapporteur;
using namespace Rapporteur::Importer;
using Rapporteur::Test::fixturePath;

namespace {
const QString kExpected = QStringLiteral("第一段的文字，在此结束。 \n\n第二段。 \n");
}

TEST(TextFileReader, ReadsGb18030)
{
    auto r = readTextFile(fixturePath(QStringLiteral("encoding-gb18030.txt")));
    ASSERT_TRUE(r.ok()) << r.error().userMessage.toStdString();
    EXPECT_EQ(r->encoding, QStringLiteral("GB18030"));
    EXPECT_EQ(r->text, kExpected);
}

TEST(TextFileReader, ReadsUtf16WithBom)
{
    auto r = readTextFile(fixturePath(QStringLiteral("encoding-utf16le-bom.txt")));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->encoding, QStringLiteral("UTF-16LE"));
    EXPECT_EQ(r->text, kExpected);
}

TEST(TextFileReader, ReadsUtf16WithoutBom)
{
    auto r = readTextFile(fixturePath(QStringLiteral("encoding-utf16be-nobom.txt")));
    ASSERT_TRUE(r.ok()) << r.error().userMessage.toStdString();
    EXPECT_EQ(r->encoding, QStringLiteral("UTF-16BE"));
    EXPECT_EQ(r->text, kExpected);
}

TEST(TextFileReader, ReadsUtf8WithBomAndCrLf)
{
    auto r = readTextFile(fixturePath(QStringLiteral("encoding-utf8-bom-crlf.txt")));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(r->text, kExpected);
}

TEST(TextFileReader, OldMacLineEndsBecomeNewlines)
{
    auto r = decodeText(QByteArrayLiteral("a\rb\r\nc"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->text, QStringLiteral("a\nb\nc"));
}

TEST(TextFileReader, EmptyFileIsRefusedWithMessage)
{
    auto r = readTextFile(fixturePath(QStringLiteral("empty.txt")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(r.error().userMessage.contains(QStringLiteral("empty")));
}

TEST(TextFileReader, WhiteSpaceOnlyIsRefused)
{
    auto r = decodeText(QByteArrayLiteral("  \n\n \t\n"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().userMessage.contains(QStringLiteral("no text")));
}

TEST(TextFileReader, BinaryFileIsRefused)
{
    auto r = readTextFile(fixturePath(QStringLiteral("binary.bin")));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().userMessage.contains(QStringLiteral("binary")));
}

TEST(TextFileReader, UnknownEncodingIsRefused)
{
    auto r = readTextFile(fixturePath(QStringLiteral("unknown-encoding.txt")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Encoding);
    EXPECT_TRUE(r.error().userMessage.contains(QStringLiteral("encoding")));
}

TEST(TextFileReader, DirectoryAndMissingFileAreRefused)
{
    QTemporaryDir dir;
    auto d = readTextFile(dir.path());
    ASSERT_FALSE(d.ok());
    EXPECT_TRUE(d.error().userMessage.contains(QStringLiteral("directory")));
    auto m = readTextFile(dir.filePath(QStringLiteral("missing.txt")));
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.error().code, ErrorCode::UnreadableFile);
}
