#pragma once

#include <QDialog>
#include <QList>
#include <QPair>
#include <QString>

namespace Rapporteur::Gui {

// Help ▸ About: what the program is, its version, and the versions of the libraries it runs on
// (Qt, ICU, SQLite, Poppler) as loaded at run time, which is what a bug report needs.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The program's version ("0.1.0"), from the build.
    static QString applicationVersion();
    // {library, version} for Qt, ICU, SQLite and Poppler, in that order.
    static QList<QPair<QString, QString>> libraryVersions();
};

} // namespace Rapporteur::Gui
