#pragma once
#include "services/contactchannels.h"

#include <QTimeZone>
#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <functional>

class QGridLayout;
class QLabel;

namespace okpay {

class Clock;
class ContactChannelCard;

// The Help tab's "Contact us": every channel from ContactChannels as a card with its own hours and a live status
// (recomputed every minute from the injected clock), upcoming support holidays, and a note when the details shown
// are a saved or bundled copy. Buttons: chat and email ask the Help tab to open its window or form (signals); the
// phone calls through tel:, the website and https social links open in the browser, other social names are copied.
class ContactPanel : public QWidget
{
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    ContactPanel(ContactChannels *channels, const Clock &clock, QWidget *parent = nullptr);

    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }  // QDesktopServices::openUrl by default
    void setUserTimeZone(const QTimeZone &zone);  // the system's by default

    // What a channel's button opens: tel: for phones, the address for https websites and social links; empty
    // otherwise (chat, email and tickets open inside the app; anything else is never handed to the system).
    static QUrl externalUrl(const ContactChannel &channel);

public slots:
    void refreshStatus();  // also runs every minute

signals:
    void chatRequested();
    void emailRequested();
    void ticketRequested();

private:
    void rebuild();
    void showLoadState();
    void activate(const ContactChannel &channel);
    QString holidaysText(const QDate &today, const QLocale &locale) const;

    ContactChannels *m_channels;
    const Clock &m_clock;
    UrlOpener m_openUrl;
    QTimeZone m_userZone;
    QTimer m_minute;
    QLabel *m_note;
    QLabel *m_empty;
    QLabel *m_holidaysTitle;
    QLabel *m_holidays;
    QLabel *m_feedback;
    QGridLayout *m_grid;
    QList<ContactChannelCard *> m_cards;
};

} // namespace okpay
