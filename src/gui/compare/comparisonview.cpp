#include "comparisonview.h"

#include "comparisoncolumn.h"
#include "paragraphloader.h"

#include "gui/settings/translation.h"

#include "referencedata/entityregistry.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace Rapporteur::Gui {

namespace {
// The vote a comparison is usually about: the one on the draft as a whole (the last, when the
// corpus has several), else the last vote.
int defaultVote(const QList<Storage::VoteRecord> &votes)
{
    for (auto i = votes.size() - 1; i >= 0; --i) {
        if (votes[i].subjectKind == VoteSubjectKind::WholeDraft)
            return int(i);
    }
    return int(votes.size()) - 1;
}
} // namespace

ComparisonView::ComparisonView(const CorpusSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_voteChooser(new QComboBox(this)),
      m_add(new QPushButton(tr("Add column"), this)),
      m_remove(new QPushButton(tr("Remove column"), this)), m_note(new QLabel(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_loader(new ParagraphLoader(this))
{
    setObjectName(QStringLiteral("comparisonView"));
    setAccessibleName(tr("Submissions side by side"));
    m_voteChooser->setObjectName(QStringLiteral("comparisonVote"));
    m_voteChooser->setAccessibleName(tr("Vote shown in the column headers"));
    // A vote's subject can be long; the list shows it whole, the box need not.
    m_voteChooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_voteChooser->setMinimumContentsLength(16);
    m_add->setObjectName(QStringLiteral("comparisonAddColumn"));
    m_remove->setObjectName(QStringLiteral("comparisonRemoveColumn"));
    m_note->setObjectName(QStringLiteral("comparisonNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    m_splitter->setObjectName(QStringLiteral("comparisonColumns"));
    m_splitter->setChildrenCollapsible(false);

    auto *voteLabel = new QLabel(tr("&Positions on:"), this);
    voteLabel->setBuddy(m_voteChooser);
    auto *bar = new QHBoxLayout;
    bar->addWidget(voteLabel);
    bar->addWidget(m_voteChooser, 1);
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addWidget(m_splitter, 1);

    connect(m_voteChooser, &QComboBox::currentIndexChanged, this, &ComparisonView::showVote);
    connect(m_add, &QPushButton::clicked, this, &ComparisonView::addColumn);
    connect(m_remove, &QPushButton::clicked, this, &ComparisonView::removeColumn);
    connect(m_loader, &ParagraphLoader::paragraphsLoaded, this,
            [this](int index, qint64 submissionId, const QList<Storage::ParagraphRecord> &text) {
                ComparisonColumn *c = column(index);
                if (!c || c->submissionId() != submissionId)
                    return; // the column was removed, or shows another submission now
                c->showParagraphs(submissionId, text);
                emit columnShown(index, submissionId);
            });
    connect(m_loader, &ParagraphLoader::paragraphsFailed, this,
            [this](int index, qint64 submissionId, const QString &message) {
                ComparisonColumn *c = column(index);
                if (!c || c->submissionId() != submissionId)
                    return;
                c->showNote(tr("The text could not be read: %1").arg(message));
                emit columnShown(index, submissionId);
            });

    for (int i = 0; i < kMinColumns; ++i)
        appendColumn();
    setVotes({});
    updateButtons();
    connect(&m_session, &CorpusSession::changed, this, &ComparisonView::sessionChanged);
}

ComparisonView::~ComparisonView() = default;

void ComparisonView::sessionChanged(CorpusSession::Changes what)
{
    if (what.testAnyFlags(CorpusSession::Change::Database | CorpusSession::Change::Documents))
        setCorpus(m_session.submissions(), m_session.votes()); // reloads every column
    else if (what.testFlag(CorpusSession::Change::Votes))
        setVotes(m_session.votes());
}

void ComparisonView::setCorpus(const QList<Storage::SubmissionRecord> &submissions,
                               const QList<Storage::VoteRecord> &votes)
{
    m_submissions = submissions;
    for (ComparisonColumn *c : std::as_const(m_columns)) {
        const auto before = c->submission();
        c->setSubmissions(submissions);
        if (!before)
            continue;
        // The same submission again (a reload) stays; in another database the same id may name
        // another submission, and the entity is what the user chose.
        c->chooseSubmission(before->id);
        const auto now = c->submission();
        if (!now || now->document != before->document || now->heading != before->heading) {
            c->setSubmissions(submissions);
            if (before->entity)
                c->chooseEntity(before->entity->code);
        }
    }
    setVotes(votes);
    for (int i = 0; i < columnCount(); ++i)
        load(i);
}

void ComparisonView::setVotes(const QList<Storage::VoteRecord> &votes)
{
    const qint64 shown = currentVoteId();
    m_votes = votes;
    {
        const QSignalBlocker blocker(m_voteChooser);
        m_voteChooser->clear();
        for (const auto &v : votes)
            m_voteChooser->addItem(QStringLiteral("%1 %2 — %3").arg(v.document, v.label, v.subject),
                                   v.id);
        if (votes.isEmpty())
            m_voteChooser->addItem(tr("No recorded votes in this corpus"));
        const int kept = m_voteChooser->findData(shown);
        m_voteChooser->setCurrentIndex(shown != 0 && kept >= 0 ? kept : defaultVote(votes));
    }
    m_voteChooser->setEnabled(!votes.isEmpty());
    showVote(m_voteChooser->currentIndex());
}

void ComparisonView::setColumns(const QStringList &entityCodes)
{
    // An empty code is an empty column (as columnCodes gives it): no state to show.
    QStringList codes;
    for (const QString &code : entityCodes) {
        if (!code.isEmpty() && !codes.contains(code))
            codes.append(code);
    }
    const int wanted = std::clamp(int(codes.size()), kMinColumns, kMaxColumns);
    while (columnCount() < wanted)
        appendColumn();
    while (columnCount() > wanted)
        delete m_columns.takeLast();
    QStringList notes;
    for (int i = 0; i < columnCount(); ++i) {
        ComparisonColumn *c = m_columns[i];
        if (i >= codes.size())
            c->clear(); // asks for a state
        else if (!c->chooseEntity(codes[i])) {
            c->clear();
            notes.append(tr("%1 has no submission in this corpus.").arg(nameOf(codes[i])));
        }
    }
    if (codes.size() > kMaxColumns) {
        QStringList left;
        for (qsizetype i = kMaxColumns; i < codes.size(); ++i)
            left.append(nameOf(codes[i]));
        notes.append(tr("Side by side shows at most %1 states: %2 left out.")
                         .arg(kMaxColumns)
                         .arg(left.join(tr(", "))));
    }
    showNote(notes.join(QLatin1Char(' ')));
    for (int i = 0; i < columnCount(); ++i)
        load(i);
    updateButtons();
}

int ComparisonView::addState(const QString &entityCode)
{
    const QString name = nameOf(entityCode);
    for (int i = 0; i < columnCount(); ++i) {
        if (m_columns[i]->entityCode() == entityCode) {
            showNote(tr("%1 is already in column %2.").arg(name).arg(i + 1));
            return i;
        }
    }
    if (!std::any_of(m_submissions.cbegin(), m_submissions.cend(),
                     [&](const auto &s) { return s.entity && s.entity->code == entityCode; })) {
        showNote(tr("%1 has no submission in this corpus.").arg(name));
        return -1;
    }
    // The first column still asking for a state, else a new one at the right.
    int index = 0;
    while (index < columnCount() && m_columns[index]->submissionId() != 0)
        ++index;
    if (index == columnCount()) {
        if (columnCount() >= kMaxColumns) {
            showNote(tr("Side by side shows at most %1 states: remove a column to add %2.")
                         .arg(kMaxColumns)
                         .arg(name));
            return -1;
        }
        appendColumn();
        updateButtons();
    }
    m_columns[index]->chooseEntity(entityCode);
    showNote({});
    load(index);
    return index;
}

QString ComparisonView::noteText() const
{
    return m_note->text();
}

void ComparisonView::showNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    if (!note.isEmpty())
        emit noted(note);
}

QString ComparisonView::nameOf(const QString &entityCode) const
{
    for (const auto &s : m_submissions) {
        if (s.entity && s.entity->code == entityCode)
            return currentLanguage() == QLatin1String("zh") ? s.entity->nameZh : s.entity->nameEn;
    }
    const auto entity = ReferenceData::EntityRegistry::builtIn().byCode(entityCode);
    if (!entity)
        return entityCode;
    return currentLanguage() == QLatin1String("zh") ? entity->nameZh : entity->nameEn;
}

QStringList ComparisonView::columnCodes() const
{
    QStringList codes;
    for (const ComparisonColumn *c : m_columns)
        codes.append(c->entityCode());
    return codes;
}

bool ComparisonView::chooseVote(qint64 voteId)
{
    const int index = m_voteChooser->findData(voteId);
    if (m_votes.isEmpty() || index < 0)
        return false;
    m_voteChooser->setCurrentIndex(index);
    return true;
}

qint64 ComparisonView::currentVoteId() const
{
    const int index = m_voteChooser->currentIndex();
    return index >= 0 && index < m_votes.size() ? m_votes[index].id : 0;
}

void ComparisonView::addColumn()
{
    if (columnCount() >= kMaxColumns)
        return;
    appendColumn(); // empty: it asks for a state
    load(columnCount() - 1);
    updateButtons();
}

void ComparisonView::removeColumn()
{
    if (columnCount() <= kMinColumns)
        return;
    delete m_columns.takeLast();
    showNote({});
    updateButtons();
}

ComparisonColumn *ComparisonView::appendColumn()
{
    const int index = columnCount();
    auto *c = new ComparisonColumn(m_splitter);
    c->setAccessibleName(tr("Column %1").arg(index + 1));
    c->setSubmissions(m_submissions);
    const int vote = m_voteChooser->currentIndex();
    c->setVote(vote >= 0 && vote < m_votes.size() ? std::optional(m_votes[vote]) : std::nullopt);
    m_splitter->addWidget(c);
    m_columns.append(c);
    connect(c, &ComparisonColumn::submissionChosen, this, [this, index] {
        showNote({}); // what was said of the columns is past
        load(index);
    });
    connect(c, &ComparisonColumn::entityActivated, this, &ComparisonView::entityActivated);
    // Columns share the width equally until the user moves a handle.
    m_splitter->setSizes(QList<int>(m_columns.size(), 1000));
    return c;
}

void ComparisonView::load(int index)
{
    ComparisonColumn *c = column(index);
    if (!c)
        return;
    const qint64 id = c->submissionId();
    if (id == 0)
        c->showNote(m_submissions.isEmpty() ? tr("No submissions in this corpus.")
                                            : tr("Choose a state above to read its submission "
                                                 "here."));
    else if (m_session.path().isEmpty())
        c->showNote(tr("No database is open."));
    else {
        c->showNote(tr("Loading…"));
        m_loader->load(m_session.path(), index, id);
    }
}

void ComparisonView::showVote(int index)
{
    const auto vote =
        index >= 0 && index < m_votes.size() ? std::optional(m_votes[index]) : std::nullopt;
    for (ComparisonColumn *c : std::as_const(m_columns))
        c->setVote(vote);
}

void ComparisonView::updateButtons()
{
    m_add->setEnabled(columnCount() < kMaxColumns);
    m_remove->setEnabled(columnCount() > kMinColumns);
}

} // namespace Rapporteur::Gui
