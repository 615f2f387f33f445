// Recorded votes, sponsors and draft resolutions: stored with their document, read back through
// VoteRepository.
#include "storagetestsupport.h"
#include "testsupport.h"

#include "storage/corpusrepository.h"
#include "storage/database.h"
#include "storage/voterepository.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace Rapporteur;
using namespace Rapporteur::Storage;
using namespace Rapporteur::Test;

namespace {

const QString kReport = QStringLiteral("A/79/408");
const QString kDraft = QStringLiteral("A/C.1/79/L.5");

Entity entity(const char *code, EntityKind kind, const char *nameEn, const QString &nameZh)
{
    Entity e;
    e.code = QString::fromLatin1(code);
    e.kind = kind;
    e.nameEn = QString::fromLatin1(nameEn);
    e.nameZh = nameZh;
    return e;
}

// Five member states, an observer state and the EU. Switzerland (CHE) is in no list of the
// sample vote; Sweden (SWE) sorts before it by English name but after it by code.
QList<Entity> voteEntities()
{
    return {entity("AUS", EntityKind::MemberState, "Australia", QStringLiteral("澳大利亚")),
            entity("CHN", EntityKind::MemberState, "China", QStringLiteral("中国")),
            entity("JPN", EntityKind::MemberState, "Japan", QStringLiteral("日本")),
            entity("SWE", EntityKind::MemberState, "Sweden", QStringLiteral("瑞典")),
            entity("CHE", EntityKind::MemberState, "Switzerland", QStringLiteral("瑞士")),
            entity("PSE", EntityKind::ObserverState, "State of Palestine",
                   QStringLiteral("巴勒斯坦国")),
            entity("EUU", EntityKind::Organisation, "European Union", QStringLiteral("欧洲联盟"))};
}

NamedEntity named(const QString &written, const char *code = "")
{
    return NamedEntity{written, QString::fromLatin1(code)};
}

// A First Committee report: the paragraph announcing a recorded vote on operative paragraph 1,
// then the draft resolution it recommends (one preambular, one operative paragraph).
ParsedDocument voteDocument()
{
    ParsedDocument doc;
    doc.symbol = kReport;
    doc.title = QStringLiteral("从国际安全角度看信息和电信领域的发展");
    doc.language = QStringLiteral("zh");
    doc.pageCount = 10;

    Paragraph announcement = bodyParagraph(QStringLiteral(
        "(a) 经记录表决，执行部分第 1 段以 2 票对 1 票、1 票弃权的结果获得了保留。1"));
    announcement.page = 3;
    announcement.footnotes = {Footnote{QStringLiteral("1"),
                                       QStringLiteral("瑞典代表团随后通知秘书处，本打算投赞成票。"),
                                       static_cast<int>(announcement.text.size() - 1)}};
    Paragraph preambular = bodyParagraph(QStringLiteral("认识到和平利用信息和通信技术的重要性，"));
    preambular.page = 9;
    Paragraph operative =
        bodyParagraph(QStringLiteral("1. 决定将本项目列入大会第八十届会议临时议程。"));
    operative.page = 9;
    operative.footnotes = {Footnote{QStringLiteral("2"), QStringLiteral("见 A/79/1。"), -1}};
    doc.paragraphs = {announcement, preambular, operative};

    RecordedVote vote;
    vote.label = QStringLiteral("(a)");
    vote.subject = QStringLiteral("执行部分第 1 段");
    vote.subjectKind = VoteSubjectKind::OperativeParagraph;
    vote.subjectNumber = 1;
    vote.draftSymbol = kDraft;
    vote.outcome = QStringLiteral("retained");
    vote.date = QDate(2024, 11, 6);
    vote.meeting = 31;
    vote.statedYes = 2;
    vote.statedNo = 1;
    vote.statedAbstain = 1;
    vote.yes = {named(QStringLiteral("澳大利亚"), "AUS"), named(QStringLiteral("中国"), "CHN")};
    vote.no = {named(QStringLiteral("日本"), "JPN")};
    vote.abstain = {named(QStringLiteral("瑞典"), "SWE")};
    vote.notes = {VoteNote{named(QStringLiteral("瑞典"), "SWE"), VotePosition::Yes,
                           announcement.footnotes[0].text}};
    vote.paragraph = 0;
    vote.subjectParagraph = 2;
    vote.page = 3;
    doc.votes = {vote};

    Sponsorship sponsors;
    sponsors.draftSymbol = kDraft;
    sponsors.main = {named(QStringLiteral("日本"), "JPN"),
                     named(QStringLiteral("澳大利亚"), "AUS")};
    sponsors.joined = {named(QStringLiteral("圣多美"))}; // resolved to nothing
    doc.sponsorships = {sponsors};

    doc.resolution = {ResolutionParagraph{false, 1, 1}, ResolutionParagraph{true, 1, 2}};
    return doc;
}

ListedEntity listed(const QString &written, const char *code)
{
    return ListedEntity{QString::fromLatin1(code), written};
}

void expectListsEqual(const QList<ListedEntity> &actual, const QList<ListedEntity> &expected)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(actual[i].code, expected[i].code);
        EXPECT_EQ(actual[i].written, expected[i].written);
    }
}

class VoteRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("corpus.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
        m_db = std::move(db).value();
        m_corpus = std::make_unique<CorpusRepository>(*m_db);
        m_votes = std::make_unique<VoteRepository>(*m_db);
    }

    StoreOutcome store(const ParsedDocument &doc, const QString &hash = QStringLiteral("hash-1"))
    {
        auto outcome = m_corpus->storeDocument(doc, QStringLiteral("/corpus/report.pdf"), hash,
                                               voteEntities());
        EXPECT_TRUE(outcome.ok()) << outcome.error().detail.toStdString();
        return outcome.ok() ? *outcome : StoreOutcome{};
    }

    QList<qint64> paragraphIds(const QString &symbol = kReport)
    {
        QList<qint64> ids;
        auto paragraphs = m_corpus->paragraphsOfDocument(symbol);
        EXPECT_TRUE(paragraphs.ok());
        if (paragraphs.ok()) {
            for (const ParagraphRecord &p : *paragraphs)
                ids.append(p.id);
        }
        return ids;
    }

    QString count(const char *table)
    {
        return queryValue(*m_db, ("SELECT count(*) FROM " + QByteArray(table)).constData());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CorpusRepository> m_corpus;
    std::unique_ptr<VoteRepository> m_votes;
};

} // namespace

TEST_F(VoteRepositoryTest, StoredVoteReadsBackWithExactValues)
{
    store(voteDocument());
    const QList<qint64> ids = paragraphIds();
    ASSERT_EQ(ids.size(), 3);

    auto votes = m_votes->votes(kReport);
    ASSERT_TRUE(votes.ok()) << votes.error().detail.toStdString();
    ASSERT_EQ(votes->size(), 1);
    const VoteRecord &v = votes->first();
    EXPECT_GT(v.id, 0);
    EXPECT_EQ(v.document, kReport);
    EXPECT_EQ(v.ordinal, 0);
    EXPECT_EQ(v.label, QStringLiteral("(a)"));
    EXPECT_EQ(v.subject, QStringLiteral("执行部分第 1 段"));
    EXPECT_EQ(v.subjectKind, VoteSubjectKind::OperativeParagraph);
    EXPECT_EQ(v.subjectNumber, 1);
    EXPECT_EQ(v.draftSymbol, kDraft);
    EXPECT_EQ(v.outcome, QStringLiteral("retained"));
    EXPECT_EQ(v.date, QDate(2024, 11, 6));
    EXPECT_EQ(v.meeting, 31);
    EXPECT_EQ(v.statedYes, 2);
    EXPECT_EQ(v.statedNo, 1);
    EXPECT_EQ(v.statedAbstain, 1);
    EXPECT_TRUE(v.countsMatch());
    expectListsEqual(
        v.yes, {listed(QStringLiteral("澳大利亚"), "AUS"), listed(QStringLiteral("中国"), "CHN")});
    expectListsEqual(v.no, {listed(QStringLiteral("日本"), "JPN")});
    expectListsEqual(v.abstain, {listed(QStringLiteral("瑞典"), "SWE")});
    // The one member state in no list; never the observer state or the EU.
    EXPECT_EQ(v.nonVoting, QStringList{QStringLiteral("CHE")});
    // The one rule for a state's position (VoteRecord::positionOf): the list that names it;
    // non-voting for the member state in none; nothing for the observer state and the EU.
    EXPECT_EQ(v.positionOf(QStringLiteral("CHN")), VotePosition::Yes);
    EXPECT_EQ(v.positionOf(QStringLiteral("JPN")), VotePosition::No);
    EXPECT_EQ(v.positionOf(QStringLiteral("SWE")), VotePosition::Abstain);
    EXPECT_EQ(v.positionOf(QStringLiteral("CHE")), VotePosition::NonVoting);
    EXPECT_EQ(v.positionOf(QStringLiteral("PSE")), std::nullopt);
    EXPECT_EQ(v.positionOf(QStringLiteral("EUU")), std::nullopt);
    const QHash<QString, VotePosition> all = v.positions();
    EXPECT_EQ(all.size(), 5);
    EXPECT_EQ(all.value(QStringLiteral("CHE")), VotePosition::NonVoting);
    EXPECT_FALSE(all.contains(QStringLiteral("PSE")));
    ASSERT_EQ(v.notes.size(), 1);
    EXPECT_EQ(v.notes[0].code, QStringLiteral("SWE"));
    EXPECT_EQ(v.notes[0].written, QStringLiteral("瑞典"));
    EXPECT_EQ(v.notes[0].intended, VotePosition::Yes);
    EXPECT_EQ(v.notes[0].text, QStringLiteral("瑞典代表团随后通知秘书处，本打算投赞成票。"));
    EXPECT_EQ(v.paragraphId, std::optional<qint64>(ids[0]));
    EXPECT_EQ(v.subjectParagraphId, std::optional<qint64>(ids[2]));
    EXPECT_EQ(v.page, 3);

    // In the formats 0002_votes.sql documents, for whoever reads the file with sqlite3.
    EXPECT_EQ(
        queryValue(*m_db, "SELECT date || '|' || subject_kind || '|' || stated_yes FROM vote"),
        QStringLiteral("2024-11-06|operative|2"));
}

TEST_F(VoteRepositoryTest, MissingFiguresDateAndParagraphsReadBackAsAbsent)
{
    ParsedDocument doc = voteDocument();
    RecordedVote &vote = doc.votes[0];
    vote.statedYes = vote.statedNo = vote.statedAbstain = -1;
    vote.date = QDate();
    vote.meeting = 0;
    vote.outcome.clear();
    vote.draftSymbol.clear();
    vote.subjectKind = VoteSubjectKind::Other;
    vote.subjectNumber = 0;
    vote.paragraph = vote.subjectParagraph = -1;
    store(doc);

    // NULL in the file, not -1 or '': the schema's "absent".
    EXPECT_EQ(queryValue(*m_db, "SELECT count(*) FROM vote WHERE stated_yes IS NULL AND stated_no "
                                "IS NULL AND stated_abstain IS NULL AND date IS NULL AND "
                                "draft_symbol IS NULL AND outcome IS NULL AND paragraph_id IS NULL "
                                "AND subject_paragraph_id IS NULL"),
              QStringLiteral("1"));
    auto votes = m_votes->votes(kReport);
    ASSERT_TRUE(votes.ok() && votes->size() == 1);
    const VoteRecord &v = votes->first();
    EXPECT_EQ(v.statedYes, -1);
    EXPECT_EQ(v.statedNo, -1);
    EXPECT_EQ(v.statedAbstain, -1);
    EXPECT_FALSE(v.countsMatch());
    EXPECT_FALSE(v.date.isValid());
    EXPECT_EQ(v.meeting, 0);
    EXPECT_TRUE(v.outcome.isEmpty());
    EXPECT_TRUE(v.draftSymbol.isEmpty());
    EXPECT_EQ(v.subjectKind, VoteSubjectKind::Other);
    EXPECT_FALSE(v.paragraphId.has_value());
    EXPECT_FALSE(v.subjectParagraphId.has_value());
}

TEST_F(VoteRepositoryTest, SponsorsReadBackWithUnresolvedName)
{
    store(voteDocument());
    auto sponsorships = m_votes->sponsorships(kReport);
    ASSERT_TRUE(sponsorships.ok()) << sponsorships.error().detail.toStdString();
    ASSERT_EQ(sponsorships->size(), 1);
    const SponsorshipRecord &s = sponsorships->first();
    EXPECT_EQ(s.document, kReport);
    EXPECT_EQ(s.draftSymbol, kDraft);
    expectListsEqual(
        s.main, {listed(QStringLiteral("日本"), "JPN"), listed(QStringLiteral("澳大利亚"), "AUS")});
    expectListsEqual(s.joined, {listed(QStringLiteral("圣多美"), "")});
    EXPECT_EQ(queryValue(*m_db, "SELECT count(*) FROM sponsor WHERE entity_code IS NULL"),
              QStringLiteral("1"));
}

TEST_F(VoteRepositoryTest, ResolutionReadsBackWithTextAndFootnotes)
{
    const ParsedDocument doc = voteDocument();
    store(doc);
    const QList<qint64> ids = paragraphIds();

    auto resolution = m_votes->resolution(kReport);
    ASSERT_TRUE(resolution.ok()) << resolution.error().detail.toStdString();
    ASSERT_EQ(resolution->size(), 2);
    const ResolutionParagraphRecord &preambular = resolution->at(0);
    EXPECT_EQ(preambular.paragraphId, ids[1]);
    EXPECT_FALSE(preambular.operative);
    EXPECT_EQ(preambular.number, 1);
    EXPECT_EQ(preambular.text, doc.paragraphs[1].text);
    EXPECT_TRUE(preambular.footnotes.isEmpty());
    const ResolutionParagraphRecord &operative = resolution->at(1);
    EXPECT_EQ(operative.paragraphId, ids[2]);
    EXPECT_TRUE(operative.operative);
    EXPECT_EQ(operative.number, 1);
    EXPECT_EQ(operative.text, doc.paragraphs[2].text);
    EXPECT_EQ(operative.footnotes, doc.paragraphs[2].footnotes);
}

TEST_F(VoteRepositoryTest, ChangedReimportReplacesVotesWithoutOrphans)
{
    store(voteDocument());
    auto before = m_votes->votes(kReport);
    ASSERT_TRUE(before.ok() && before->size() == 1);
    const QList<qint64> idsBefore = paragraphIds();
    EXPECT_EQ(count("vote"), QStringLiteral("1"));
    EXPECT_EQ(count("vote_entry"), QStringLiteral("4"));
    EXPECT_EQ(count("vote_note"), QStringLiteral("1"));
    EXPECT_EQ(count("sponsor"), QStringLiteral("3"));
    EXPECT_EQ(count("resolution_paragraph"), QStringLiteral("2"));

    // Australia now abstains and Sweden is in no list; the operative paragraph was corrected, so
    // it is a new paragraph (the old one is deleted while the old vote still points at it); the
    // sponsors are named in two places now.
    ParsedDocument changed = voteDocument();
    RecordedVote &vote = changed.votes[0];
    vote.statedYes = 1;
    vote.yes = {named(QStringLiteral("中国"), "CHN")};
    vote.abstain = {named(QStringLiteral("澳大利亚"), "AUS")};
    vote.notes.clear();
    changed.paragraphs[2].text = QStringLiteral("1. 决定将本项目列入大会第八十届会议的临时议程。");
    Sponsorship later;
    later.draftSymbol = kDraft;
    later.joined = {named(QStringLiteral("中国"), "CHN")};
    changed.sponsorships.append(later);
    const StoreOutcome outcome = store(changed, QStringLiteral("hash-2"));
    EXPECT_EQ(outcome.kind, StoreOutcome::Kind::Replaced);

    const QList<qint64> idsAfter = paragraphIds();
    ASSERT_EQ(idsAfter.size(), 3);
    EXPECT_EQ(idsAfter[0], idsBefore[0]);
    EXPECT_NE(idsAfter[2], idsBefore[2]);

    auto after = m_votes->votes(kReport);
    ASSERT_TRUE(after.ok()) << after.error().detail.toStdString();
    ASSERT_EQ(after->size(), 1);
    const VoteRecord &v = after->first();
    EXPECT_NE(v.id, before->first().id);
    expectListsEqual(v.yes, {listed(QStringLiteral("中国"), "CHN")});
    expectListsEqual(v.no, {listed(QStringLiteral("日本"), "JPN")});
    expectListsEqual(v.abstain, {listed(QStringLiteral("澳大利亚"), "AUS")});
    EXPECT_TRUE(v.countsMatch());
    // By English name (Sweden, Switzerland), not by code (CHE, SWE).
    EXPECT_EQ(v.nonVoting, QStringList({QStringLiteral("SWE"), QStringLiteral("CHE")}));
    EXPECT_TRUE(v.notes.isEmpty());
    EXPECT_EQ(v.paragraphId, std::optional<qint64>(idsAfter[0]));
    EXPECT_EQ(v.subjectParagraphId, std::optional<qint64>(idsAfter[2]));

    EXPECT_EQ(count("vote"), QStringLiteral("1"));
    EXPECT_EQ(count("vote_entry"), QStringLiteral("3"));
    EXPECT_EQ(count("vote_note"), QStringLiteral("0"));
    EXPECT_EQ(count("sponsor"), QStringLiteral("4"));
    EXPECT_EQ(count("resolution_paragraph"), QStringLiteral("2"));
    EXPECT_EQ(queryValue(*m_db, "SELECT count(*) FROM vote_entry "
                                "WHERE vote_id NOT IN (SELECT id FROM vote)"),
              QStringLiteral("0"));
    EXPECT_EQ(queryValue(*m_db, "SELECT count(*) FROM resolution_paragraph "
                                "WHERE paragraph_id NOT IN (SELECT id FROM paragraph)"),
              QStringLiteral("0"));
    EXPECT_EQ(queryValue(*m_db, "PRAGMA foreign_key_check"), QString());

    auto resolution = m_votes->resolution(kReport);
    ASSERT_TRUE(resolution.ok() && resolution->size() == 2);
    EXPECT_EQ(resolution->at(1).paragraphId, idsAfter[2]);
    EXPECT_EQ(resolution->at(1).text, changed.paragraphs[2].text);

    // Two places naming sponsors of one draft stay two, as parsed.
    auto sponsorships = m_votes->sponsorships(kReport);
    ASSERT_TRUE(sponsorships.ok());
    ASSERT_EQ(sponsorships->size(), 2);
    EXPECT_EQ(sponsorships->at(0).main.size(), 2);
    EXPECT_EQ(sponsorships->at(0).joined.size(), 1);
    EXPECT_TRUE(sponsorships->at(1).main.isEmpty());
    expectListsEqual(sponsorships->at(1).joined, {listed(QStringLiteral("中国"), "CHN")});
}

TEST_F(VoteRepositoryTest, ReimportWithoutVotesRemovesThem)
{
    store(voteDocument());
    ParsedDocument plain = voteDocument();
    plain.votes.clear();
    plain.sponsorships.clear();
    plain.resolution.clear();
    store(plain, QStringLiteral("hash-2"));

    for (const char *table : {"vote", "vote_entry", "vote_note", "sponsor", "resolution_paragraph"})
        EXPECT_EQ(count(table), QStringLiteral("0")) << table;
    auto votes = m_votes->votes(kReport);
    ASSERT_TRUE(votes.ok());
    EXPECT_TRUE(votes->isEmpty());
}

TEST_F(VoteRepositoryTest, DocumentWithoutVotesReadsEmptyAndAllDocumentsReadInImportOrder)
{
    store(voteDocument());
    ParsedDocument plain = sampleDocument(); // a compilation report: no votes
    store(plain);
    ParsedDocument second = voteDocument();
    second.symbol = QStringLiteral("A/79/409");
    store(second);

    auto none = m_votes->votes(plain.symbol);
    ASSERT_TRUE(none.ok()) << none.error().detail.toStdString();
    EXPECT_TRUE(none->isEmpty());
    auto noSponsors = m_votes->sponsorships(plain.symbol);
    ASSERT_TRUE(noSponsors.ok());
    EXPECT_TRUE(noSponsors->isEmpty());
    auto noResolution = m_votes->resolution(plain.symbol);
    ASSERT_TRUE(noResolution.ok());
    EXPECT_TRUE(noResolution->isEmpty());

    auto all = m_votes->votes();
    ASSERT_TRUE(all.ok()) << all.error().detail.toStdString();
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).document, kReport);
    EXPECT_EQ(all->at(1).document, QStringLiteral("A/79/409"));
    EXPECT_EQ(all->at(1).yes.size(), 2);
    EXPECT_EQ(all->at(1).notes.size(), 1);
    EXPECT_EQ(all->at(1).nonVoting, QStringList{QStringLiteral("CHE")});
    auto allSponsors = m_votes->sponsorships();
    ASSERT_TRUE(allSponsors.ok());
    ASSERT_EQ(allSponsors->size(), 2);
    EXPECT_EQ(allSponsors->at(1).document, QStringLiteral("A/79/409"));
    auto allResolutions = m_votes->resolution();
    ASSERT_TRUE(allResolutions.ok());
    EXPECT_EQ(allResolutions->size(), 4);
}

TEST_F(VoteRepositoryTest, EmptyDatabaseReadsEmpty)
{
    auto votes = m_votes->votes();
    ASSERT_TRUE(votes.ok());
    EXPECT_TRUE(votes->isEmpty());
}

TEST_F(VoteRepositoryTest, UnknownSymbolIsNotFound)
{
    store(voteDocument());
    const QString expected = QStringLiteral("no document A/1/1 in the database");
    auto votes = m_votes->votes(QStringLiteral("A/1/1"));
    ASSERT_FALSE(votes.ok());
    EXPECT_EQ(votes.error().code, ErrorCode::NotFound);
    EXPECT_EQ(votes.error().userMessage, expected);
    auto sponsorships = m_votes->sponsorships(QStringLiteral("A/1/1"));
    ASSERT_FALSE(sponsorships.ok());
    EXPECT_EQ(sponsorships.error().code, ErrorCode::NotFound);
    EXPECT_EQ(sponsorships.error().userMessage, expected);
    auto resolution = m_votes->resolution(QStringLiteral("A/1/1"));
    ASSERT_FALSE(resolution.ok());
    EXPECT_EQ(resolution.error().code, ErrorCode::NotFound);
    EXPECT_EQ(resolution.error().userMessage, expected);
}

TEST_F(VoteRepositoryTest, VotePointingPastTheParagraphsIsRefusedAndNothingIsStored)
{
    ParsedDocument doc = voteDocument();
    doc.votes[0].subjectParagraph = 3;
    auto outcome = m_corpus->storeDocument(doc, {}, QStringLiteral("h"), voteEntities());
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.error().code, ErrorCode::Internal);
    EXPECT_TRUE(outcome.error().userMessage.contains(kReport));
    EXPECT_EQ(count("document"), QStringLiteral("0"));
    EXPECT_EQ(count("vote"), QStringLiteral("0"));
}

TEST_F(VoteRepositoryTest, UnknownEntityInAVoteListFailsAndLeavesDatabaseAsItWas)
{
    store(voteDocument());
    const QStringList before = dumpDatabase(*m_db);
    ParsedDocument changed = voteDocument();
    changed.votes[0].no = {named(QStringLiteral("某国"), "ZZZ")}; // in no entity list
    auto outcome = m_corpus->storeDocument(changed, {}, QStringLiteral("hash-2"), voteEntities());
    ASSERT_FALSE(outcome.ok());
    EXPECT_TRUE(outcome.error().detail.contains(QStringLiteral("FOREIGN KEY")))
        << outcome.error().detail.toStdString();
    EXPECT_EQ(dumpDatabase(*m_db), before);
}
