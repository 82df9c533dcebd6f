import '@urcard/checkout/define.js';
import { createApp } from 'vue';
import App from './App.vue';
import './styles.css';

const apiBase = document.querySelector<HTMLMetaElement>('meta[name="urcard-api-base"]')?.content ?? '';

createApp(App, { apiBase }).mount('#app');
