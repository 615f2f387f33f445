#pragma once

#include "storage/voterecords.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QTemporaryDir>

namespace Rapporteur::Test {

// One coding the fixture added, with what a test needs to tally it by hand.
struct AddedCoding
{
    qint64 id = 0;
    qint64 paragraphId = 0;
    QString code;
    QString coder;
    QString entity; // of the paragraph's submission; empty outside one
};

// A copy of the sample corpus with both documents (SampleCorpus::bothDocumentsPath) and codings
// added through the core (Coding::addCoding), in a folder of its own, so that tests may add more.
// Who coded what (paragraph = the n-th paragraph of a state's submission in A/77/96):
//   Australia 0: 论点/出口管制 by alice and by bob, 主权 by alice
//   Australia 1: 论点/出口管制 by bob
//   Belarus 0:   论点/出口管制 by alice, 主权 by bob
//   China 0:     能力建设 by alice
//   Mexico 0:    能力建设 by bob
//   EU 0:        论点/出口管制 by alice (the EU takes no position on a vote)
//   Kenya 0:     论点 by carol (the parent of 论点/出口管制)
//   the introduction's first paragraph (in no submission): 主权 by alice
class CodedCorpus final
{
public:
    static inline const QString kExport = QStringLiteral("论点/出口管制");
    static inline const QString kArguments = QStringLiteral("论点");
    static inline const QString kSovereignty = QStringLiteral("主权");
    static inline const QString kCapacity = QStringLiteral("能力建设");

    CodedCorpus();

    QString path() const { return m_path; }
    const QList<AddedCoding> &codings() const { return m_codings; }
    // The n-th paragraph (with two characters or more) of a state's submission in A/77/96; an
    // empty entity gives the paragraphs in no submission.
    qint64 paragraph(const QString &entity, int n) const;
    // Adds a coding of the first two characters of a paragraph, as a user would.
    AddedCoding add(qint64 paragraphId, const QString &code, const QString &coder);
    // The recorded vote of A/79/416 with this label.
    Storage::VoteRecord vote(const QString &label) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    QList<AddedCoding> m_codings;
    QHash<QString, QList<qint64>> m_paragraphsOf; // entity ("" for none) → its paragraphs
    QHash<qint64, QString> m_entityOf;            // paragraph → entity
};

// The position a state took on a vote, read from its lists ("yes", "no", "abstain",
// "non_voting"), or empty when it is on none (an observer, the EU).
QString positionOn(const Storage::VoteRecord &vote, const QString &entity);

} // namespace Rapporteur::Test
