import type { CopyTable } from '../en.js';

/** Spanish copy. */
const table: CopyTable = {
  'notice.title': 'Usamos cookies',
  'notice.body':
    'Las cookies son pequeños archivos que un sitio web guarda en su navegador. Las usamos para iniciar y mantener su sesión y para recordar sus preferencias.',
  'notice.usage':
    'Solo si usted lo acepta, también recopilamos datos limitados sobre cómo usa el sitio.',
  'notice.usageOptOut':
    'También recopilamos datos limitados sobre cómo usa el sitio. Puede oponerse en cualquier momento.',
  'notice.accept': 'Aceptar todas',
  'notice.reject': 'Rechazar todas',
  'notice.ok': 'Entendido',
  'notice.optOut': 'Oponerme',
  'notice.customize': 'Personalizar',
  'notice.save': 'Guardar selección',
  'notice.close': 'Cerrar',
  'notice.categories': 'Elija qué cookies podemos usar',
  'notice.alwaysOn': 'Siempre activas',
  'notice.mixed': 'Permitidas en parte',
  'policy.link': 'Política de privacidad',
  'support.text': '¿Preguntas? Contacto: {contact}.',
  'toggle.label': 'Rechazar las cookies de {category}',
  'toggle.labelAll': 'Rechazar todas las cookies opcionales',
  'toggle.allow': 'Permitir las cookies de {category}',
  'toggle.allowAll': 'Permitir todas las cookies opcionales',
  'toggle.stored':
    'Su elección se guarda en una cookie en este dispositivo. Si borra sus cookies, también se borra.',
  'toggle.gpc': 'Su navegador envió la señal Global Privacy Control y la hemos respetado.',
  'banner.label': 'Actualización de la política de privacidad',
  'banner.upcoming':
    'Estamos actualizando nuestra política de privacidad. Los cambios entran en vigor el {date} (dentro de {days} días).',
  'banner.upcoming.one':
    'Estamos actualizando nuestra política de privacidad. Los cambios entran en vigor el {date} (dentro de {days} día).',
  'banner.upcoming.many':
    'Estamos actualizando nuestra política de privacidad. Los cambios entran en vigor el {date} (dentro de {days} de días).',
  'banner.updated': 'Actualizamos nuestra política de privacidad el {date}.',
  'banner.updatedUndated': 'Hemos actualizado nuestra política de privacidad.',
  'banner.acknowledge': 'Entendido',
  // The default categories (used while a site keeps them).
  'category.necessary.label': 'Estrictamente necesarias',
  'category.necessary.description': 'Necesarias para que el sitio funcione.',
  'category.preferences.label': 'Preferencias',
  'category.preferences.description': 'Recuerdan sus ajustes.',
  'category.analytics.label': 'Analítica',
  'category.analytics.description': 'Cuentan las visitas para mejorar el sitio.',
  'category.marketing.label': 'Marketing',
  'category.marketing.description': 'Muestran y miden anuncios relevantes.',
  // The click-to-load embed (<consent-embed>).
  'embed.untitled': 'Contenido de {service}',
  'embed.notice':
    'Alojado por {host}. Si lo carga, {host} puede instalar cookies y guardar datos en su dispositivo.',
  'embed.load': 'Cargar',
  'embed.allow': 'Permitir siempre {service}',
  'embed.settings': 'Configuración de cookies',
};

export default table;
