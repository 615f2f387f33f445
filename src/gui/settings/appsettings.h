#pragma once

#include <QSettings>
#include <QString>

namespace Rapporteur::Gui {

// The user's preferences, typed, over QSettings, so that keys and defaults live in one place.
// Window geometry and dock state stay with MainWindow, which alone knows what they hold.
// Values are written at once; QSettings syncs them to disk on its own.
class AppSettings final
{
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    // The application's settings, in QSettings' default place for its organisation and name.
    AppSettings();
    // Settings in an INI file of one's own: for tests, which must not touch the user's.
    explicit AppSettings(const QString &iniFile);
    ~AppSettings();

    // The interface language: "zh", "en", or empty for the system's. Anything else reads as
    // empty, so that a hand-edited or future value cannot leave the interface untranslatable.
    QString language() const;
    void setLanguage(const QString &language);

    // The font of the texts the user reads (applicationfont.h: the interface keeps the
    // platform's). An empty family means the default (Noto Sans CJK SC); a size of 0 the
    // platform's.
    QString fontFamily() const;
    void setFontFamily(const QString &family);
    int fontPointSize() const;
    // Larger sizes read as 0: a slip in a hand-edited file, not a preference.
    static constexpr int kMaxFontPointSize = 72;
    void setFontPointSize(int pointSize);

    // The coder recorded on new codings (Coding::kCoderSettingsKey, which the command line reads
    // too); empty when none is set.
    QString coder() const;
    void setCoder(const QString &coder);

    // The largest file an import reads, in megabytes (Workflow::kMaxInputSettingsKey, which the
    // command line reads too); the default limit when none is set.
    int maxInputMegabytes() const;
    void setMaxInputMegabytes(int megabytes);

    QSettings &store() { return m_settings; }

private:
    QSettings m_settings;
};

} // namespace Rapporteur::Gui
