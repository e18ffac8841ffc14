export { PublicationPage } from './PublicationPage';
