#pragma once

#include "storage/database.h"

#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace Rapporteur::Test {

// The small coding fixture (tests/fixtures/coding-small.zh.txt), read as document A/00/1:
//   title, section, group heading, then Australia's two paragraphs
//     "澳大利亚认为，出口管制不具歧视性。𠀀字不在基本多文种平面。出口管制有助于防止扩散。"
//     (41 code points, 42 UTF-16 units: 𠀀 U+20000 at code point 17 takes two)
//     "能力建设对发展中国家很重要。"
//   and Belarus's one: "白俄罗斯反对单方面强制措施。"
// coding-small-edited.zh.txt writes "澳大利亚政府认为" (two code points more at the start of the
// first paragraph) and drops the paragraph on capacity building.
inline const QString kSymbol = QStringLiteral("A/00/1");
inline const QString kAustralia1 = QStringLiteral(
    "澳大利亚认为，出口管制不具歧视性。𠀀字不在基本多文种平面。出口管制有助于防止扩散。");
inline const QString kAustralia2 = QStringLiteral("能力建设对发展中国家很重要。");
inline const QString kBelarus = QStringLiteral("白俄罗斯反对单方面强制措施。");

// A database file in a temporary folder, with the fixture imported.
class CodingFixture : public ::testing::Test
{
protected:
    void SetUp() override;

    // Imports a fixture file as kSymbol; fails the test on error.
    void importFixture(const QString &name);
    // The id of the paragraph of kSymbol whose text is `text`; 0 when there is none.
    qint64 paragraphId(const QString &text) const;
    // Adds a coding through the same path as the CLI; fails the test on error.
    qint64 code(const QString &path, const QString &text, int start, int end,
                const QString &coder = QStringLiteral("alice"), const QString &memo = {});
    QString path() const { return m_dir.filePath(QStringLiteral("coding.sqlite")); }

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
};

} // namespace Rapporteur::Test
