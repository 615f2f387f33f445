#pragma once

#include "storage/records.h"
#include "storage/voterecords.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <memory>

namespace Rapporteur::Gui {

// The corpus as a tree, over value structs the repositories handed out (no SQL here):
//   document
//     section (the headings above the submissions: "二. 答复 · A. 各国政府")
//       submission
//     recorded vote
// Submissions with no section sit right under their document. setCorpus() and setVotes()
// replace what they hold; the model never changes otherwise.
class CorpusTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusTreeModel)

public:
    enum Column
    {
        NameColumn,        // document: symbol and title; submission: Chinese name or heading
        EnglishNameColumn, // submission: the entity's English name
        LanguagesColumn,   // original languages of a submission, the language of a document
        DateColumn,        // submission or vote date
        ParagraphsColumn,  // paragraph count
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole, // qint64 database id of the document, submission or vote
        KindRole,              // int(ItemKind)
        SortRole,              // a value to sort the column by (strings, QDate or int)
        EntityCodeRole,        // submission: the entity code ("CHN"), empty when unresolved
        FilterKeysRole,        // what the filter box matches: names, code, pinyin, symbol
    };
    enum class ItemKind
    {
        Document,
        Section,
        Submission,
        Vote
    };
    Q_ENUM(ItemKind)

    explicit CorpusTreeModel(QObject *parent = nullptr);
    ~CorpusTreeModel() override;

    // Replaces the corpus. Submissions are shown under the document whose symbol they name, in
    // the order given; a submission whose document is not in the list is left out. Votes are
    // cleared until setVotes() gives those of the new corpus.
    void setCorpus(QList<Storage::DocumentRecord> documents,
                   QList<Storage::SubmissionRecord> submissions);
    // Replaces the recorded votes, each under its document after the submissions; a vote whose
    // document is not in the corpus is left out.
    void setVotes(QList<Storage::VoteRecord> votes);
    void clear();

    int documentCount() const { return static_cast<int>(m_documents.size()); }
    int submissionCount() const { return static_cast<int>(m_submissions.size()); }
    const QList<Storage::DocumentRecord> &documents() const { return m_documents; }
    const QList<Storage::SubmissionRecord> &submissions() const { return m_submissions; }
    const QList<Storage::VoteRecord> &votes() const { return m_votes; }

    ItemKind kind(const QModelIndex &index) const;
    // nullptr when the index is not of that kind.
    const Storage::DocumentRecord *document(const QModelIndex &index) const;
    const Storage::SubmissionRecord *submission(const QModelIndex &index) const;
    const Storage::VoteRecord *vote(const QModelIndex &index) const;
    const Storage::SubmissionRecord *submissionById(qint64 id) const;
    // Column 0 of the row, or an invalid index. No language: the document's primary version,
    // the first of its versions in the list.
    QModelIndex indexOfDocument(const QString &symbol, const QString &language = {}) const;
    QModelIndex indexOfSubmission(qint64 id) const;
    QModelIndex indexOfEntity(const QString &entityCode) const;
    QModelIndex indexOfVote(qint64 id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node;

    void rebuild();
    const Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node) const;
    QVariant documentData(const Storage::DocumentRecord &doc, int column, int role) const;
    QVariant sectionData(const Node &node, int column, int role) const;
    QVariant submissionData(const Storage::SubmissionRecord &sub, int column, int role) const;
    QVariant voteData(const Storage::VoteRecord &vote, int column, int role) const;

    QList<Storage::DocumentRecord> m_documents;
    QList<Storage::SubmissionRecord> m_submissions;
    QList<Storage::VoteRecord> m_votes;
    QStringList m_submissionKeys; // CorpusFilterKeys, parallel to m_submissions
    QStringList m_voteKeys;       // parallel to m_votes
    std::unique_ptr<Node> m_root;
    QHash<qint64, const Node *> m_submissionNodes;
    QHash<qint64, const Node *> m_voteNodes;
};

} // namespace Rapporteur::Gui
