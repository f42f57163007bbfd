import type { CopyTable } from '../en.js';

/** French copy (narrow no-break spaces before `?`, `;` as French typography wants). */
const table: CopyTable = {
  'notice.title': 'Nous utilisons des cookies',
  'notice.body':
    'Les cookies sont de petits fichiers qu’un site enregistre dans votre navigateur. Nous les utilisons pour vous connecter, vous garder connecté et mémoriser vos préférences.',
  'notice.usage':
    'Uniquement avec votre accord, nous recueillons aussi des données limitées sur votre utilisation du site.',
  'notice.usageOptOut':
    'Nous recueillons aussi des données limitées sur votre utilisation du site. Vous pouvez vous y opposer à tout moment.',
  'notice.accept': 'Tout accepter',
  'notice.reject': 'Tout refuser',
  'notice.ok': 'OK',
  'notice.optOut': 'Je m’y oppose',
  'notice.customize': 'Personnaliser',
  'notice.save': 'Enregistrer mes choix',
  'notice.close': 'Fermer',
  'notice.categories': 'Choisissez les cookies que nous pouvons utiliser',
  'notice.alwaysOn': 'Toujours actifs',
  'notice.mixed': 'Autorisés en partie',
  'policy.link': 'Politique de confidentialité',
  'support.text': 'Des questions\u202f? Contactez {contact}.',
  'toggle.label': 'Refuser les cookies «\u202f{category}\u202f»',
  'toggle.labelAll': 'Refuser tous les cookies facultatifs',
  'toggle.allow': 'Autoriser les cookies «\u202f{category}\u202f»',
  'toggle.allowAll': 'Autoriser tous les cookies facultatifs',
  'toggle.stored':
    'Votre choix est enregistré dans un cookie sur cet appareil. Si vous effacez vos cookies, il est effacé aussi.',
  'toggle.gpc':
    'Votre navigateur a envoyé le signal Global Privacy Control et nous l’avons respecté.',
  'banner.label': 'Mise à jour de la politique de confidentialité',
  'banner.upcoming':
    'Nous mettons à jour notre politique de confidentialité. Les changements prennent effet le {date} (dans {days} jours).',
  'banner.upcoming.one':
    'Nous mettons à jour notre politique de confidentialité. Les changements prennent effet le {date} (dans {days} jour).',
  'banner.upcoming.many':
    'Nous mettons à jour notre politique de confidentialité. Les changements prennent effet le {date} (dans {days} de jours).',
  'banner.updated': 'Nous avons mis à jour notre politique de confidentialité le {date}.',
  'banner.updatedUndated': 'Nous avons mis à jour notre politique de confidentialité.',
  'banner.acknowledge': 'J’ai compris',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Strictement nécessaires',
  'category.necessary.description': 'Indispensables au fonctionnement du site.',
  'category.preferences.label': 'Préférences',
  'category.preferences.description': 'Mémorisent vos réglages.',
  'category.analytics.label': 'Mesure d’audience',
  'category.analytics.description': 'Comptent les visites pour améliorer le site.',
  'category.marketing.label': 'Marketing',
  'category.marketing.description': 'Affichent et mesurent des publicités pertinentes.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Contenu de {service}',
  'embed.notice':
    'Hébergé par {host}. Si vous le chargez, {host} peut déposer des cookies et enregistrer des données sur votre appareil.',
  'embed.load': 'Charger',
  'embed.allow': 'Toujours autoriser {service}',
  'embed.settings': 'Paramètres des cookies',
};

export default table;
