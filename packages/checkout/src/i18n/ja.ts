import type { Messages } from './messages.ts';
import { plural } from './plural.ts';

/**
 * 日本語。です・ます調。用語：更新、プラン、データ容量、通信事業者、お支払い、プロモーションコード、3D セキュア。
 * 日本語に複数形はありませんが、数字は `plural()` で地域の書式に整えます。
 */
const n = (count: number, other: string) => plural('ja', count, { other });

export default {
  widgetLabel: 'UR カードの更新',
  stepNames: { card: 'カード', plan: 'プラン', pay: 'お支払い', done: '完了' },
  progress: (current, total, name) => `ステップ ${current}/${total}：${name}`,
  back: '戻る',
  continue: '次へ',
  loading: '読み込み中…',
  retry: 'もう一度試す',
  contactSupport: 'サポートに問い合わせる',
  stepAnnouncement: (current, total, name) => `全 ${total} ステップ中 ${current} 番目、${name}`,

  configErrorTitle: 'このチェックアウトの設定に誤りがあります',
  checkoutUnavailable: '現在、お手続きをご利用いただけません。しばらくしてからもう一度お試しください。',
  configErrorInvalid: (attribute, value, expected) =>
    `${attribute}="${value}" は無効です。${expected} を指定してください。`,
  configErrorMissing: (attribute, expected) => `${attribute} は必須です。${expected} を指定してください。`,

  errors: {
    generic: 'システムで問題が発生しました。もう一度お試しください。',
    network_error: '更新サービスに接続できませんでした。通信環境をご確認のうえ、もう一度お試しください。',
    timeout: '更新サービスからの応答がありませんでした。もう一度お試しください。',
    rate_limited: 'この端末からの試行回数が上限に達しました。しばらくしてから、もう一度お試しください。',
    card_token_invalid:
      'セキュリティ保護のため、セッションの有効期限が切れました。カード情報をもう一度入力してください。',
    card_not_renewable: 'このカードはオンラインで更新できません。',
    plan_unavailable: 'このプランは現在お申し込みいただけません。別のプランをお選びください。',
    quote_expired: '料金の有効期限が切れたため、最新の料金を取得しました。内容をご確認のうえ、お進みください。',
    currency_unsupported: 'この通貨での料金表示には対応していません。',
    customer_session_invalid:
      '保存済みのカードを読み込めませんでした。下の欄にカード番号を入力して続けることもできます。',
    auto_renew_unavailable: 'このカードは自動更新に対応していません。',
    payment_provider_error: '決済サービスが応答していません。料金は請求されていませんので、もう一度お試しください。',
    service_unavailable: '更新サービスが混み合っています。1 分ほどしてから、もう一度お試しください。',
    promo_invalid: 'このプロモーションコードは存在しません。入力内容をご確認ください。',
    promo_expired: 'このプロモーションコードは有効期限が切れています。',
    promo_not_applicable: 'このプロモーションコードは、選択したプランにはご利用いただけません。',
  },
  errorReference: (requestId) => `お問い合わせ番号：${requestId}`,

  cardHeading: 'カード情報',
  cardIntro: 'SIM カードに印字された番号（ICCID）と、カードのパッケージに記載された PIN を入力してください。',
  cardNumberLabel: 'カード番号（ICCID）',
  cardNumberHint: '18〜22 桁の数字（通常は 89 で始まります）',
  cardNumberProblems: {
    empty: 'カード番号を入力してください。',
    not_digits: 'カード番号は数字のみで入力してください。',
    length: 'カード番号は 18〜22 桁です。',
    check_digit: 'このカード番号は無効です。入力に誤りがないかご確認ください。',
  },
  pinLabel: 'PIN',
  pinHint: '4〜8 桁の数字',
  pinProblem: 'カードのパッケージに記載された 4〜8 桁の PIN を入力してください。',
  verifyButton: 'カードを確認',
  verifying: 'カードを確認しています…',
  invalidCredentials: (left) =>
    left === undefined
      ? 'カード番号または PIN が正しくありません。'
      : `カード番号または PIN が正しくありません。${plural('ja', left, {
          zero: 'このカードは一時的にロックされました。',
          other: 'あと # 回間違えると、カードが一時的にロックされます。',
        })}`,
  cardLocked: (wait) =>
    `PIN の入力ミスが続いたため、このカードは一時的にロックされています。${wait} 後にもう一度お試しください。`,
  rateLimited: (wait) => `この端末からの試行回数が上限に達しました。${wait} 後にもう一度お試しください。`,
  boundCardsLegend: '保存済みのカード',
  addNewCard: '新しいカードを追加',
  boundCardOption: (masked, status, expiry) => `${masked}、${status}、${expiry}`,
  loadingBoundCards: '保存済みのカードを読み込んでいます…',
  cardStatus: { active: '利用中', expiring: 'まもなく期限切れ', expired: '期限切れ', suspended: '利用停止中' },
  cardSummaryHeading: (masked) => `カード ${masked}`,
  currentPlan: (name) => `現在のプラン：${name}`,
  expiresOn: (date) => `有効期限：${date}`,
  expiredOn: (date) => `${date} に期限切れ`,
  daysLeft: (days) =>
    days > 0
      ? n(days, '残り # 日')
      : days === 0
        ? '本日で期限切れ'
        : days === -1
          ? '昨日で期限切れ'
          : n(-days, '# 日前に期限切れ'),
  expiryWarning: (days) =>
    days <= 0
      ? 'カードの有効期限が切れています。今すぐ更新すれば、同じ電話番号のままご利用を再開できます。'
      : `カードの有効期限まであと ${n(days, '# 日')}です。サービスが止まらないよう、お早めに更新してください。`,
  balanceHeading: '残量',
  dataLabel: 'データ',
  minutesLabel: '通話',
  balanceLeft: (left, total) => `残り ${left}／${total}`,
  balanceStale: (asOf) =>
    asOf ? `${asOf} 時点の残量` : '通信網から応答がありません。残量が最新でない可能性があります',
  unlimitedData: 'データ無制限',
  minutesCount: (count) => n(count, '# 分'),
  smsCount: (count) => n(count, 'SMS # 通'),
  coverage: (countries) => `対応エリア：${countries}`,
  notRenewableTitle: 'このカードは更新できません',
  notRenewableReasons: {
    suspended: 'このカードは利用停止中のため、停止が解除されるまで更新できません。',
    terminated: 'このカードは通信事業者により解約済みのため、今後ご利用いただけません。',
    carrier_hold: '通信事業者がこのカードを一時保留にしています。保留が解除されるまで更新できません。',
  },
  useDifferentCard: '別のカードを使う',

  planHeading: 'プランを選択',
  planGroupLabel: 'プラン',
  tierNames: { basic: 'ベーシック', advanced: 'アドバンス', custom: 'カスタム' },
  validity: (days) => n(days, '# 日間'),
  features: {
    '4g': '4G/LTE',
    '5g': '5G',
    hotspot: 'テザリング',
    priority: '優先データ通信',
    support_24h: '24時間サポート',
    sms_100: 'SMS 100通',
  },
  originalPrice: (price) => `通常価格 ${price}、割引後`,
  promotionEnds: (date) => `キャンペーンは ${date} まで`,
  customOption: 'プランを自分で組む',
  customFrom: (price) => `${price}〜`,
  customData: 'データ容量',
  customMinutes: '通話時間',
  customValidity: '有効期間',
  customAddOns: 'オプション',
  noPlans: '現在、このカードでお選びいただけるプランはありません。',
  promoLabel: 'プロモーションコード',
  promoApply: '適用',
  promoRemove: '削除',
  promoApplied: (code, description) => `${code} を適用しました：${description}`,
  autoRenewLabel: '自動更新',
  autoRenewHelp:
    'プランの期限が切れる 3 日前に同じプランを自動で更新し、今回のお支払い方法に請求します。自動更新はいつでもオフにできます。',
  autoRenewNotAllowed: 'このプランは自動更新できません。',
  autoRenewWechat: 'WeChat Pay は次回以降のお支払い用に登録できないため、自動更新がオンの間はご利用いただけません。',
  autoRenewWechatOnly: '自動更新には登録可能なお支払い方法が必要ですが、WeChat Pay は登録できません。',
  summaryHeading: 'ご注文内容',
  subtotal: '小計',
  discount: '割引',
  total: '合計',
  updatingPrice: '料金を更新しています…',
  choosePlanFirst: 'プランを選ぶと料金が表示されます。',
  continueToPayment: 'お支払いへ進む',

  payHeading: 'お支払い',
  payFor: (plan, masked) => `${plan}（カード ${masked}）`,
  amountDue: 'お支払い金額',
  payButton: (amount) => `${amount} を支払う`,
  paying: 'お支払いを処理しています…',
  preparingOrder: 'ご注文を準備しています…',
  sandboxTitle: 'テストモード：実際の請求は発生しません',
  sandboxIntro: 'このテスト決済の結果を選んでください。',
  sandboxOutcomes: { succeeded: '成功させる', declined: '拒否させる', requires_action: '3D セキュア認証を求める' },
  challengeHeading: '3D セキュア認証（シミュレーション）',
  challengeIntro: (amount) => `カード会社から ${amount} のお支払いについて確認を求められています。`,
  challengeApprove: 'お支払いを承認',
  challengeFail: '認証を失敗させる',
  paymentErrors: {
    card_declined:
      'お支払いが承認されませんでした。料金は請求されていません。もう一度お試しいただくか、別のお支払い方法をご利用ください。',
    authentication_failed: 'カード会社での本人認証ができませんでした。料金は請求されていません。',
    processing_error: 'お支払いを処理できませんでした。料金は請求されていませんので、もう一度お試しください。',
  },
  paymentMethodsLabel: 'お支払い情報',
  loadingPaymentForm: '安全なお支払いフォームを読み込んでいます…',
  paymentFormFailed: 'お支払いフォームを読み込めませんでした。通信環境をご確認のうえ、もう一度お試しください。',
  redirectNotCompleted: 'お支払いは完了しておらず、料金は請求されていません。もう一度お試しいただけます。',
  originalPriceLabel: '元の価格',
  autoRenewNotice: (amount, date, leadDays) =>
    `自動更新がオンになっています。新しい有効期限の${n(leadDays, '#日')}前（${date}）に${amount}を請求し、以後も同じように更新します。このチェックアウトでいつでもオフにできます。`,
  autoRenewNextCharge: (amount, date) => `オン：次回は${date}に${amount}を請求`,
  autoRenewIsOff: 'オフ：自動で請求されることはありません。',
  autoRenewNeedsPaymentMethod:
    'オンにするには、「自動更新」を選んで一度更新してください。お支払い方法が次回以降の更新のために保存されます。',
  autoRenewTurnedOn: '自動更新をオンにしました。',
  autoRenewTurnedOff: '自動更新をオフにしました。',
  lowDataLabel: 'データ残量が少なくなったときも更新する',
  lowDataHelp:
    'データの90%を使ったとき、または残り1日になったとき、保存済みのお支払い方法で同じプランをもう一度更新します（毎月の上限まで）。',
  lowDataCapLabel: '毎月の上限',
  lowDataSpent: (spent, cap) => `今月の利用額：${cap}のうち${spent}`,
  lowDataTurnedOn: 'データ残量が少ないときの更新をオンにしました。',
  lowDataTurnedOff: 'データ残量が少ないときの更新をオフにしました。',
  lowDataCapSet: (cap) => `毎月の上限を${cap}に設定しました。`,

  doneHeading: 'カードを更新しています',
  phases: { paid: 'お支払い確認済み', provisioning: '通信事業者が更新を反映中', active: '更新が有効になりました' },
  phaseState: { done: '完了', current: '処理中', waiting: '待機中' },
  stillApplying:
    '通常より時間がかかっています。お支払いは完了しており、通信事業者が引き続き更新を反映しています。このページを閉じても問題ありません。更新は自動的に完了し、カードに新しい有効期限が表示されます。',
  completeHeading: 'カードの更新が完了しました',
  completeIntro: (date) => `手続きはすべて完了しました。カードは ${date} までご利用いただけます。`,
  receiptHeading: '領収書',
  receiptNumber: '領収書番号',
  receiptPlan: 'プラン',
  receiptCard: 'カード',
  receiptAmount: 'お支払い金額',
  receiptPaymentMethod: 'お支払い方法',
  receiptNewExpiry: '新しい有効期限',
  receiptIssued: '発行日時',
  receiptSeller: '販売元',
  receiptAutoRenew: '自動更新',
  paymentMethodNames: { card: 'クレジットカード', alipay: 'Alipay', wechat_pay: 'WeChat Pay', sandbox: 'テスト決済' },
  printReceipt: '領収書を印刷',
  saveReceipt: '領収書を保存',
  failedHeading: 'カードを更新できませんでした',
  failureReasons: {
    carrier_rejected: '通信事業者がこのカードの更新を受け付けませんでした。',
    carrier_unavailable: '通信事業者に接続できず、更新を反映できませんでした。',
    payment_failed: 'お支払いが完了しませんでした。',
  },
  refunded: (amount) =>
    `お支払いいただいた ${amount} は返金されました。ご利用明細に反映されるまで 5〜10 日ほどかかる場合があります。`,
  notCharged: '今回の更新で料金は請求されていません。',
  refundPending: (amount) => `お支払いいただいた ${amount} は返金手続き中です。お客様による操作は必要ありません。`,
  tryAgain: 'もう一度試す',
  renewAnother: '別のカードを更新する',
} satisfies Messages;
