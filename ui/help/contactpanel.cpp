#include "ui/help/contactpanel.h"

#include "core/clock.h"
#include "ui/help/contactchannelcard.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace okpay {

namespace {
constexpr int kShownHolidays = 6;

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

ContactPanel::ContactPanel(ContactChannels *channels, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_channels(channels), m_clock(clock),
      m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); }), m_userZone(QTimeZone::systemTimeZone()),
      m_note(wrappedLabel(QStringLiteral("contactOfflineNote"), this)), m_empty(wrappedLabel(QStringLiteral("contactEmpty"), this)),
      m_holidaysTitle(new QLabel(tr("Upcoming support holidays"), this)),
      m_holidays(wrappedLabel(QStringLiteral("contactHolidays"), this)), m_feedback(wrappedLabel(QStringLiteral("contactFeedback"), this)),
      m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("contactPanel"));
    auto *title = new QLabel(tr("Contact us"), this);
    title->setObjectName(QStringLiteral("contactTitle"));
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    title->setFont(big);
    auto *intro = wrappedLabel(QStringLiteral("contactIntro"), this);
    intro->setText(tr("Each way to reach us has its own hours, shown in the support center's time and, when it differs, in "
                      "yours. Email and tickets accept messages at any time."));
    m_note->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3d2e00; padding: 6px; }"));
    m_empty->setText(tr("No contact details are available right now. Please try again later."));
    m_holidaysTitle->setObjectName(QStringLiteral("contactHolidaysTitle"));
    QFont bold = m_holidaysTitle->font();
    bold.setBold(true);
    m_holidaysTitle->setFont(bold);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("contactCards"));
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(12);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    contentLayout->addLayout(m_grid);
    contentLayout->addSpacing(8);
    contentLayout->addWidget(m_holidaysTitle);
    contentLayout->addWidget(m_holidays);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("contactScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_note);
    layout->addWidget(m_feedback);
    layout->addWidget(m_empty);
    layout->addWidget(scroll, 1);

    connect(m_channels, &ContactChannels::changed, this, &ContactPanel::rebuild);
    connect(m_channels, &ContactChannels::loadingChanged, this, &ContactPanel::showLoadState);
    connect(m_channels, &ContactChannels::refreshFailed, this, &ContactPanel::showLoadState);
    m_minute.setParent(this);  // findable by tests; a member, so it leaves the children before ~QWidget runs
    m_minute.setObjectName(QStringLiteral("contactStatusTimer"));
    connect(&m_minute, &QTimer::timeout, this, &ContactPanel::refreshStatus);
    m_minute.start(60 * 1000);
    rebuild();
}

void ContactPanel::setUserTimeZone(const QTimeZone &zone)
{
    m_userZone = zone;
    refreshStatus();
}

QUrl ContactPanel::externalUrl(const ContactChannel &channel)
{
    switch (channel.kind) {
    case ContactChannel::Kind::Phone: {
        QString number;
        for (const QChar c : channel.address)
            if (c.isDigit() || (c == u'+' && number.isEmpty()))
                number.append(c);
        const bool plausible = number.count(u'+') + 3 <= number.size() && number.size() <= 20;
        return plausible ? QUrl(QStringLiteral("tel:") + number) : QUrl();
    }
    case ContactChannel::Kind::Website:
    case ContactChannel::Kind::Social: {
        const QUrl url(channel.address, QUrl::StrictMode);
        return url.isValid() && url.scheme() == u"https" && !url.host().isEmpty() ? url : QUrl();
    }
    case ContactChannel::Kind::Email:
    case ContactChannel::Kind::Chat:
    case ContactChannel::Kind::Tickets:
        return {};
    }
    return {};
}

void ContactPanel::rebuild()
{
    qDeleteAll(m_cards);
    m_cards.clear();
    const QList<ContactChannel> &channels = m_channels->list().channels;
    for (const ContactChannel &channel : channels) {
        auto *card = new ContactChannelCard(channel, m_grid->parentWidget());
        connect(card, &ContactChannelCard::actionClicked, this, &ContactPanel::activate);
        m_grid->addWidget(card, int(m_cards.size() / 2), int(m_cards.size() % 2));
        m_cards.append(card);
    }
    m_empty->setVisible(channels.isEmpty() && !m_channels->isLoading() && m_channels->source() != ContactChannels::Source::None);
    refreshStatus();
    showLoadState();
}

void ContactPanel::showLoadState()
{
    const QLocale locale;
    QString note;
    switch (m_channels->source()) {
    case ContactChannels::Source::Server:
        break;
    case ContactChannels::Source::Remembered:
        note = tr("These contact details were saved on %1.").arg(locale.toString(m_channels->savedAt().toLocalTime().date(), QLocale::LongFormat));
        break;
    case ContactChannels::Source::Bundled:
        note = tr("These are the contact details that came with the app.");
        break;
    case ContactChannels::Source::None:
        break;
    }
    if (!note.isEmpty() && m_channels->isLoading())
        note = tr("Checking for the latest contact details…") + u' ' + note;
    else if (!note.isEmpty() && !m_channels->lastError().isEmpty())
        note = tr("You seem to be offline: OKPay could not be reached (%1).").arg(m_channels->lastError()) + u' ' + note;
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_feedback->setVisible(!m_feedback->text().isEmpty());
}

void ContactPanel::refreshStatus()
{
    const QDateTime now = m_clock.now();
    const QLocale locale;
    for (ContactChannelCard *card : std::as_const(m_cards))
        card->updateStatus(now, m_userZone, locale);
    const QDate today = now.toTimeZone(m_channels->list().supportZone.isValid() ? m_channels->list().supportZone : QTimeZone::utc()).date();
    const QString holidays = holidaysText(today, locale);
    m_holidays->setText(holidays);
    m_holidays->setVisible(!holidays.isEmpty());
    m_holidaysTitle->setVisible(!holidays.isEmpty());
    m_feedback->setVisible(!m_feedback->text().isEmpty());
}

// The next holidays of the channels that keep hours, with the channels they close.
QString ContactPanel::holidaysText(const QDate &today, const QLocale &locale) const
{
    QMap<QDate, QString> names;
    QStringList closed;
    for (const ContactChannel &channel : m_channels->list().channels) {
        if (channel.alwaysOpen || channel.holidays.isEmpty())
            continue;
        closed << channel.name;
        for (const SupportHoliday &holiday : channel.holidays)
            if (holiday.date >= today && holiday.date <= today.addDays(366))
                names.insert(holiday.date, holiday.name);
    }
    if (names.isEmpty())
        return {};
    QStringList lines;
    for (auto it = names.cbegin(); it != names.cend() && lines.size() < kShownHolidays; ++it)
        lines << tr("%1 — %2", "a holiday: its date and name").arg(locale.toString(it.key(), QLocale::LongFormat), it.value());
    closed.removeDuplicates();
    return tr("Closed on these days: %1.").arg(locale.createSeparatedList(closed)) + u'\n' + lines.join(u'\n');
}

void ContactPanel::activate(const ContactChannel &channel)
{
    m_feedback->clear();
    switch (channel.kind) {
    case ContactChannel::Kind::Chat:
        emit chatRequested();
        break;
    case ContactChannel::Kind::Email:
        emit emailRequested();
        break;
    case ContactChannel::Kind::Tickets:
        emit ticketRequested();
        break;
    case ContactChannel::Kind::Phone:
    case ContactChannel::Kind::Website:
    case ContactChannel::Kind::Social: {
        const QUrl url = externalUrl(channel);
        if (url.isEmpty() && channel.kind == ContactChannel::Kind::Social) {
            QGuiApplication::clipboard()->setText(channel.address);
            m_feedback->setText(tr("Copied “%1”. Search for it on %2 to send us a message.").arg(channel.address, channel.name));
        } else if (url.isEmpty()) {
            m_feedback->setText(tr("This address cannot be opened safely from the app: %1").arg(channel.address));
        } else if (!m_openUrl(url)) {
            m_feedback->setText(tr("No app on this computer could open %1. You can reach us at: %2").arg(url.scheme(), channel.address));
        }
        break;
    }
    }
    m_feedback->setVisible(!m_feedback->text().isEmpty());
}

} // namespace okpay
