// What one paragraph cites, read from its text, footnotes and links; and the grouping of stored
// citations into "cited by" and the state × instrument matrix, on records made here.
#include "analysis/references.h"
#include "analysis/citedby.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace Rapporteur;
using Analysis::Reference;
using Analysis::ReferencePlace;
using Analysis::TargetKind;

namespace {

QList<Reference> extract(const QString &text, const QList<Footnote> &footnotes = {},
                         const QList<Link> &links = {})
{
    return Analysis::ReferenceExtractor::builtIn().extract(text, footnotes, links);
}

Reference document(const char *symbol, ReferencePlace place, int mentions = 1)
{
    return {TargetKind::Document, QString::fromLatin1(symbol), place, mentions};
}

Reference instrument(const char *id, ReferencePlace place, int mentions = 1)
{
    return {TargetKind::Instrument, QString::fromLatin1(id), place, mentions};
}

Storage::CitationRecord record(const char *kind, const char *target, qint64 paragraph,
                               const char *entity, int mentions = 1, const char *place = "text")
{
    Storage::CitationRecord r;
    r.row = {paragraph, QString::fromLatin1(kind), QString::fromLatin1(target),
             QString::fromLatin1(place), mentions};
    r.document = QStringLiteral("A/77/96");
    if (entity)
        r.entity = Storage::EntityRef{QString::fromLatin1(entity), {}, {}};
    return r;
}

} // namespace

TEST(ReferenceExtractor, TextFootnotesAndLinksAreKeptApart)
{
    // A/77/96 paragraph 15 (Australia), with its link, and a footnote made for the test.
    const auto refs = extract(
        QStringLiteral("澳大利亚同意第 76/234 号决议序言部分段落中的大部分原则"),
        {Footnote{QStringLiteral("1"), QStringLiteral("见《不扩散核武器条约》和 A/77/96。"), 3}},
        {Link{QStringLiteral("https://undocs.org/ch/A/RES/76/234"),
              QStringLiteral("A/RES/76/234")}});
    EXPECT_EQ(refs, (QList<Reference>{document("A/77/96", ReferencePlace::Footnote),
                                      document("A/RES/76/234", ReferencePlace::Text),
                                      document("A/RES/76/234", ReferencePlace::Link),
                                      instrument("NPT", ReferencePlace::Footnote)}));
}

TEST(ReferenceExtractor, ATreatyNamedTwoWaysIsOneInstrumentWithTwoMentions)
{
    EXPECT_EQ(extract(QStringLiteral("《不扩散核武器条约》……《不扩散条约》第六条")),
              QList<Reference>{instrument("NPT", ReferencePlace::Text, 2)});
    EXPECT_EQ(extract(QStringLiteral("导弹技术管制制度、导弹及其技术控制制度和导弹技术控制制度")),
              QList<Reference>{instrument("MTCR", ReferencePlace::Text, 3)});
}

TEST(ReferenceExtractor, NamesInsideASymbolDoNotCount)
{
    // A/77/96, the Philippines: a working paper of the BWC's review conference is a document.
    EXPECT_EQ(extract(QStringLiteral("体制机制的建议(BWC/CONF.IX/PC/WP.9)")),
              QList<Reference>{document("BWC/CONF.IX/PC/WP.9", ReferencePlace::Text)});
    // A link that names no document cites nothing.
    EXPECT_EQ(extract(QStringLiteral("澳大利亚集团网站"), {},
                      {Link{QStringLiteral("https://www.dfat.gov.au/x.html"), {}}}),
              QList<Reference>{instrument("AG", ReferencePlace::Text)});
}

TEST(ReferenceExtractor, SourceChangesWithTheDictionary)
{
    const QString header = QStringLiteral("id\tkind\tname_en\tname_zh\taliases\n");
    const auto one = ReferenceData::TermDictionary::fromTsv(
        {header + QStringLiteral("A\tregime\tA\t甲制度\t\n")});
    const auto two = ReferenceData::TermDictionary::fromTsv(
        {header + QStringLiteral("A\tregime\tA\t甲制度\t甲\n")});
    ASSERT_TRUE(one.ok() && two.ok());
    EXPECT_NE(Analysis::ReferenceExtractor(*one).source(),
              Analysis::ReferenceExtractor(*two).source());
    EXPECT_EQ(Analysis::ReferenceExtractor(*one).extract(QStringLiteral("甲制度与甲"), {}, {}),
              QList<Reference>{instrument("A", ReferencePlace::Text)});
}

TEST(CitedBy, CountsEachParagraphOncePerStateWhateverThePlaces)
{
    const QList<Storage::CitationRecord> records{
        record("document", "A/RES/76/234", 15, "AUS", 1, "text"),
        record("document", "A/RES/76/234", 15, "AUS", 1, "link"),
        record("document", "A/RES/76/234", 16, "AUS", 2, "text"),
        record("document", "A/RES/76/234", 64, "BEL", 1, "text"),
        record("document", "A/RES/76/234", 6, nullptr, 1, "text"),
        record("instrument", "MTCR", 17, "AUS"),
    };
    const auto targets =
        Analysis::groupCitations(records, {}, ReferenceData::TermDictionary::builtIn());
    ASSERT_EQ(targets.size(), 2);
    const auto &resolution = targets[0]; // documents come first
    EXPECT_EQ(resolution.target, QStringLiteral("A/RES/76/234"));
    EXPECT_FALSE(resolution.document.has_value());
    EXPECT_EQ(resolution.citations.size(), 5);
    EXPECT_EQ(resolution.paragraphs, 4);
    EXPECT_EQ(resolution.mentions, 6);
    ASSERT_EQ(resolution.byEntity.size(), 2);
    EXPECT_EQ(resolution.byEntity[0].entity.code, QStringLiteral("AUS"));
    EXPECT_EQ(resolution.byEntity[0].paragraphs, 2);
    EXPECT_EQ(resolution.byEntity[0].mentions, 4);
    EXPECT_EQ(resolution.byEntity[1].entity.code, QStringLiteral("BEL"));
    EXPECT_EQ(targets[1].instrument->nameZh, QStringLiteral("导弹技术控制制度"));
}

TEST(CitedBy, MatrixHasEveryStateWithASubmissionAndEveryNamedInstrument)
{
    Storage::SubmissionRecord aus;
    aus.entity = Storage::EntityRef{QStringLiteral("AUS"), {}, {}};
    Storage::SubmissionRecord blr;
    blr.entity = Storage::EntityRef{QStringLiteral("BLR"), {}, {}};
    const auto matrix = Analysis::buildInstrumentMatrix(
        {record("instrument", "AG", 30, "AUS", 1), record("instrument", "AG", 31, "AUS", 2),
         record("instrument", "NPT", 32, "AUS", 1), record("instrument", "WHO", 7, nullptr, 1)},
        {aus, blr}, ReferenceData::TermDictionary::builtIn());
    ASSERT_EQ(matrix.entities.size(), 2);
    ASSERT_EQ(matrix.instruments.size(), 2); // dictionary order; WHO only outside submissions
    EXPECT_EQ(matrix.instruments[0].id, QStringLiteral("NPT"));
    EXPECT_EQ(matrix.instruments[1].id, QStringLiteral("AG"));
    EXPECT_EQ(matrix.mentions, (QList<QList<int>>{{1, 3}, {0, 0}}));
}

TEST(CitedBy, QueriesResolveToInstrumentsOrDocuments)
{
    const auto mtcr = Analysis::resolveTarget(u"导弹及其技术控制制度");
    ASSERT_TRUE(mtcr.has_value());
    EXPECT_EQ(mtcr->kind, TargetKind::Instrument);
    EXPECT_EQ(mtcr->target, QStringLiteral("MTCR"));
    const auto resolution = Analysis::resolveTarget(u"76/234");
    ASSERT_TRUE(resolution.has_value());
    EXPECT_EQ(resolution->kind, TargetKind::Document);
    EXPECT_EQ(resolution->target, QStringLiteral("A/RES/76/234"));
    EXPECT_FALSE(Analysis::resolveTarget(u"出口管制").has_value()); // a term, not a target
    EXPECT_FALSE(Analysis::resolveTarget(u"foo").has_value());
}
