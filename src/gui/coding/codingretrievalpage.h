#pragma once

#include "storage/codingrecords.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class CodingSegmentView;

// The retrieval tab of the coding analysis: every segment of one chosen code (and, when asked,
// of the codes below it), with state, document, page, coder and memo.
class CodingRetrievalPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodingRetrievalPage)

public:
    explicit CodingRetrievalPage(QWidget *parent = nullptr);
    ~CodingRetrievalPage() override;

    // The codebook to choose from and the codings to list (already narrowed to a coder). The
    // chosen code stays chosen while it is in the codebook.
    void setCodings(const QList<Storage::CodeRecord> &codes,
                    const QList<Storage::CodingRecord> &codings);
    // Chooses a code, as the user does; false when the codebook has no such code.
    bool showCode(const QString &codePath, bool withSubcodes = false);
    QString code() const;
    QString countText() const;

    CodingSegmentView *segmentView() const { return m_segments; }

signals:
    void paragraphRequested(qint64 paragraphId);

private:
    void refresh();

    QList<Storage::CodingRecord> m_codings;
    QComboBox *m_code;
    QCheckBox *m_subcodes;
    QLabel *m_count;
    CodingSegmentView *m_segments;
};

} // namespace Rapporteur::Gui
