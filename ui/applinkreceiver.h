#pragma once
#include <QObject>

namespace okpay {

// okpay: links the system hands to the running app as events (macOS sends QFileOpenEvent for a registered URL
// scheme instead of a command-line argument): a known place is asked for, anything else is reported as bad.
class AppLinkReceiver : public QObject
{
    Q_OBJECT

public:
    explicit AppLinkReceiver(QObject *parent = nullptr);  // filters QCoreApplication's events while it lives

signals:
    void placeRequested(const QString &place);  // as LaunchOptions::place
    void badLink(const QString &link);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace okpay
