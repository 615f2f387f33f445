#include "codedcorpus.h"

#include "samplecorpus.h"

#include "coding/codingservice.h"
#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/voterepository.h"

#include <QFile>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

namespace Rapporteur::Test {

namespace {

std::unique_ptr<Storage::Database> open(const QString &path)
{
    auto db = Storage::Database::open(path);
    if (!db) {
        ADD_FAILURE() << db.error().userMessage.toStdString();
        std::abort();
    }
    return std::move(db).value();
}

} // namespace

CodedCorpus::CodedCorpus() : m_path(m_dir.filePath(QStringLiteral("coded.sqlite")))
{
    // The shared sample is closed after its import, so its file holds everything (no WAL left).
    const QString sample = SampleCorpus::bothDocumentsPath();
    if (!QFile::copy(sample, m_path) ||
        (QFile::exists(sample + QStringLiteral("-wal")) &&
         !QFile::copy(sample + QStringLiteral("-wal"), m_path + QStringLiteral("-wal"))))
        std::abort();
    {
        const auto db = open(m_path);
        Storage::CorpusRepository corpus(*db);
        // Each read kept in a variable: a range-for over *temporary would dangle.
        const auto submissions = corpus.submissions();
        const auto paragraphs = corpus.paragraphsOfDocument(QStringLiteral("A/77/96"));
        if (!submissions || !paragraphs)
            std::abort();
        QHash<qint64, QString> stateOf;
        for (const Storage::SubmissionRecord &s : *submissions)
            stateOf.insert(s.id, s.entity ? s.entity->code : QString());
        for (const Storage::ParagraphRecord &p : *paragraphs) {
            const QString entity = p.submissionId ? stateOf.value(*p.submissionId) : QString();
            m_entityOf.insert(p.id, entity);
            if (p.text.size() >= 2)
                m_paragraphsOf[entity].append(p.id);
        }
    }
    const QString alice = QStringLiteral("alice");
    const QString bob = QStringLiteral("bob");
    add(paragraph(QStringLiteral("AUS"), 0), kExport, alice);
    add(paragraph(QStringLiteral("AUS"), 0), kExport, bob);
    add(paragraph(QStringLiteral("AUS"), 0), kSovereignty, alice);
    add(paragraph(QStringLiteral("AUS"), 1), kExport, bob);
    add(paragraph(QStringLiteral("BLR"), 0), kExport, alice);
    add(paragraph(QStringLiteral("BLR"), 0), kSovereignty, bob);
    add(paragraph(QStringLiteral("CHN"), 0), kCapacity, alice);
    add(paragraph(QStringLiteral("MEX"), 0), kCapacity, bob);
    add(paragraph(QStringLiteral("EUU"), 0), kExport, alice);
    add(paragraph(QStringLiteral("KEN"), 0), kArguments, QStringLiteral("carol"));
    add(paragraph(QString(), 0), kSovereignty, alice);
}

qint64 CodedCorpus::paragraph(const QString &entity, int n) const
{
    const QList<qint64> paragraphs = m_paragraphsOf.value(entity);
    if (n >= paragraphs.size()) {
        ADD_FAILURE() << "no paragraph " << n << " of " << entity.toStdString();
        std::abort();
    }
    return paragraphs[n];
}

AddedCoding CodedCorpus::add(qint64 paragraphId, const QString &code, const QString &coder)
{
    const auto db = open(m_path);
    const auto id = Coding::addCoding(*db, {code, paragraphId, 0, 2, coder, {}});
    if (!id) {
        ADD_FAILURE() << id.error().userMessage.toStdString();
        std::abort();
    }
    const AddedCoding added{*id, paragraphId, code, coder, m_entityOf.value(paragraphId)};
    m_codings.append(added);
    return added;
}

Storage::VoteRecord CodedCorpus::vote(const QString &label) const
{
    const auto db = open(m_path);
    const auto votes = Storage::VoteRepository(*db).votes();
    if (!votes)
        std::abort();
    for (const Storage::VoteRecord &v : *votes) {
        if (v.label == label)
            return v;
    }
    ADD_FAILURE() << "no vote " << label.toStdString();
    std::abort();
}

QString positionOn(const Storage::VoteRecord &vote, const QString &entity)
{
    const auto in = [&](const QList<Storage::ListedEntity> &list) {
        return std::any_of(list.cbegin(), list.cend(),
                           [&](const Storage::ListedEntity &e) { return e.code == entity; });
    };
    if (in(vote.yes))
        return QStringLiteral("yes");
    if (in(vote.no))
        return QStringLiteral("no");
    if (in(vote.abstain))
        return QStringLiteral("abstain");
    if (vote.nonVoting.contains(entity))
        return QStringLiteral("non_voting");
    return {};
}

} // namespace Rapporteur::Test
