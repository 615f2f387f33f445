#include "codingtestsupport.h"

#include "testsupport.h"

#include "coding/codingservice.h"
#include "storage/codingrepository.h"
#include "storage/corpusrepository.h"
#include "workflow/importer.h"

namespace Rapporteur::Test {

void CodingFixture::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    auto db = Storage::Database::open(path());
    ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
    m_db = std::move(db).value();
    importFixture(QStringLiteral("coding-small.zh.txt"));
}

void CodingFixture::importFixture(const QString &name)
{
    NullProgress progress;
    CancelToken cancel;
    Workflow::ImportRequest request;
    request.path = fixturePath(name);
    request.symbol = kSymbol;
    auto imported = Workflow::importFiles(*m_db, {request}, progress, cancel);
    ASSERT_TRUE(imported.ok()) << imported.error().userMessage.toStdString();
}

qint64 CodingFixture::paragraphId(const QString &text) const
{
    auto paragraphs = Storage::CorpusRepository(*m_db).paragraphsOfDocument(kSymbol);
    EXPECT_TRUE(paragraphs.ok());
    for (const auto &p : *paragraphs) {
        if (p.text == text)
            return p.id;
    }
    return 0;
}

qint64 CodingFixture::code(const QString &codePath, const QString &text, int start, int end,
                           const QString &coder, const QString &memo)
{
    Coding::CodingRequest request{codePath, paragraphId(text), start, end, coder, memo};
    auto id = Coding::addCoding(*m_db, request);
    EXPECT_TRUE(id.ok()) << id.error().userMessage.toStdString();
    return id.ok() ? *id : 0;
}

} // namespace Rapporteur::Test
