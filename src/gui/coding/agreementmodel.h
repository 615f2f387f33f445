#pragma once

#include "gui/common/columntablemodel.h"

#include "coding/agreement.h"

namespace Rapporteur::Gui {

// Agreement between two coders, a row per code: the 2×2 table over the paragraphs (both, only
// the first, only the second, neither), percent agreement, Cohen's kappa, Krippendorff's alpha
// and how many paragraphs they disagree on. Undefined coefficients (every paragraph in one
// category) show a dash.
class AgreementModel final : public ColumnTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementModel)

public:
    enum Column
    {
        Code,
        Units,
        Both,
        OnlyFirst,
        OnlySecond,
        Neither,
        Percent,
        Kappa,
        Alpha,
        Disagreements,
        ColumnCount
    };
    enum Role
    {
        ValueRole = Qt::UserRole + 1, // the number behind a cell; invalid where undefined
        CodePathRole,
    };

    explicit AgreementModel(QObject *parent = nullptr);
    ~AgreementModel() override;

    void setReport(const Coding::AgreementReport &report);
    const Coding::AgreementReport &report() const { return m_report; }
    int rowOf(const QString &codePath) const; // -1 when the code is not in the report

    // How a coefficient is shown: three decimals, a dash where undefined.
    static QString coefficientText(const std::optional<double> &value);
    // How percent agreement is shown: "83.3%".
    static QString percentText(const std::optional<double> &value);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    QString columnTitle(int column) const override;
    QVariant value(const Coding::CodeAgreement &c, int column) const;

    Coding::AgreementReport m_report;
};

} // namespace Rapporteur::Gui
