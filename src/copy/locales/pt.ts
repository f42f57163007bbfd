import type { CopyTable } from '../en.js';

/** Portuguese (European) copy. */
const table: CopyTable = {
  'notice.title': 'Utilizamos cookies',
  'notice.body':
    'Os cookies são pequenos ficheiros que um site guarda no seu navegador. Utilizamo-los para iniciar e manter a sua sessão e para memorizar as suas preferências.',
  'notice.usage':
    'Só com o seu consentimento recolhemos também dados limitados sobre a forma como utiliza o site.',
  'notice.usageOptOut':
    'Também recolhemos dados limitados sobre a forma como utiliza o site. Pode opor-se a qualquer momento.',
  'notice.accept': 'Aceitar todos',
  'notice.reject': 'Rejeitar todos',
  'notice.ok': 'OK',
  'notice.optOut': 'Opor-me',
  'notice.customize': 'Personalizar',
  'notice.save': 'Guardar escolhas',
  'notice.close': 'Fechar',
  'notice.categories': 'Escolha que cookies podemos utilizar',
  'notice.alwaysOn': 'Sempre ativos',
  'notice.mixed': 'Parcialmente permitidos',
  'policy.link': 'Política de privacidade',
  'support.text': 'Dúvidas? Contacte {contact}.',
  'toggle.label': 'Recusar cookies de {category}',
  'toggle.labelAll': 'Recusar todos os cookies opcionais',
  'toggle.allow': 'Permitir cookies de {category}',
  'toggle.allowAll': 'Permitir todos os cookies opcionais',
  'toggle.stored':
    'A sua escolha fica guardada num cookie neste dispositivo. Se apagar os cookies, também a apaga.',
  'toggle.gpc': 'O seu navegador enviou um sinal Global Privacy Control e respeitámo-lo.',
  'banner.label': 'Atualização da política de privacidade',
  'banner.upcoming':
    'Estamos a atualizar a nossa política de privacidade. As alterações entram em vigor a {date} (daqui a {days} dias).',
  'banner.upcoming.one':
    'Estamos a atualizar a nossa política de privacidade. As alterações entram em vigor a {date} (daqui a {days} dia).',
  'banner.upcoming.many':
    'Estamos a atualizar a nossa política de privacidade. As alterações entram em vigor a {date} (daqui a {days} de dias).',
  'banner.updated': 'Atualizámos a nossa política de privacidade a {date}.',
  'banner.updatedUndated': 'Atualizámos a nossa política de privacidade.',
  'banner.acknowledge': 'Entendi',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Estritamente necessários',
  'category.necessary.description': 'Necessários para o funcionamento do site.',
  'category.preferences.label': 'Preferências',
  'category.preferences.description': 'Memorizam as suas definições.',
  'category.analytics.label': 'Estatística',
  'category.analytics.description': 'Contam as visitas para melhorar o site.',
  'category.marketing.label': 'Marketing',
  'category.marketing.description': 'Mostram e medem publicidade relevante.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Conteúdo de {service}',
  'embed.notice':
    'Alojado por {host}. Se o carregar, {host} pode guardar cookies e dados no seu dispositivo.',
  'embed.load': 'Carregar',
  'embed.allow': 'Permitir sempre {service}',
  'embed.settings': 'Definições de cookies',
};

export default table;
