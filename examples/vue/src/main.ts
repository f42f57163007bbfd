import { createApp } from 'vue';
// Registers <consent-cookie-notice>, <consent-opt-out-toggle> and <consent-policy-banner>.
import 'consent-elements/define';
import App from './App.vue';
import '../../shared/site.css';

createApp(App).mount('#app');
