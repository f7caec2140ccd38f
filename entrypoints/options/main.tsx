import { mount } from '@/components/mount';
import { App } from './App';
import './options.css';

mount(App);
